package org.qalam.extractors.entities;

import org.junit.jupiter.api.Test;
import org.qalam.core.model.Mention;

class ScratchDebug {
    @Test
    void debug() {
        var p = Pipelines.entities();
        for (String s : System.getProperty("qalam.debug", "").split("\\|")) {
            System.out.println(">> " + s);
            for (Mention m : Pipelines.mentions(p, s)) {
                System.out.println("   " + m.type() + " [" + m.text() + "] " + m.value() + " " + m.attributes());
            }
        }
    }
}
