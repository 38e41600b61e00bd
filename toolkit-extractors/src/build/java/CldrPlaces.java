import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Build-time generator: writes the Arabic CLDR names of territories, world regions and time-zone
 * exemplar cities (from ICU4J) into a compact UTF-8 list, one {@code kind<TAB>name} per line, so
 * that the entities extractor needs neither ICU4J nor its start-up cost at run time.
 *
 * <p>Run by exec-maven-plugin: {@code java -cp <icu4j> CldrPlaces.java <output file>}.
 */
public final class CldrPlaces {

    /**
     * UN M.49 regions named in news: continents and named sub-regions. Compass-point regions
     * (غرب أفريقيا، جنوب شرق آسيا) are left out: news writes the direction as a plain word.
     */
    private static final List<String> REGIONS = List.of("002", "019", "142", "150", "009", "005",
            "013", "021", "029", "419", "053", "054", "057", "061");

    /** Codes that are organizations, groupings or placeholders rather than places. */
    private static final Set<String> NOT_PLACES = Set.of("EU", "EZ", "UN", "QO", "ZZ", "XA", "XB");

    private CldrPlaces() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CldrPlaces <output file>");
        }
        ULocale arabic = ULocale.forLanguageTag("ar");
        LocaleDisplayNames names = LocaleDisplayNames.getInstance(arabic);
        Set<String> lines = new TreeSet<>();
        for (String code : ULocale.getISOCountries()) {
            String name = names.regionDisplayName(code);
            if (!NOT_PLACES.contains(code) && isName(name, code)) {
                lines.add("territory\t" + name);
            }
        }
        for (String code : REGIONS) {
            String name = names.regionDisplayName(code);
            if (isName(name, code)) {
                lines.add("region\t" + name);
            }
        }
        TimeZoneNames zones = TimeZoneNames.getInstance(arabic);
        for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL, null, null)) {
            String city = zones.getExemplarLocationName(id);
            // US county zones (America/Indiana/..., America/North_Dakota/...) name hamlets, not cities.
            if (city != null && id.chars().filter(c -> c == '/').count() == 1
                    && isName(city, id)) {
                lines.add("city\t" + city);
            }
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out.getParent());
        StringBuilder text = new StringBuilder("# Generated at build time from ICU4J (Unicode CLDR, Unicode-3.0 licence).\n");
        for (String line : lines) {
            text.append(line).append('\n');
        }
        Files.writeString(out, text, StandardCharsets.UTF_8);
    }

    /** A usable Arabic name: translated, without a parenthesis or a comma-separated qualifier. */
    private static boolean isName(String name, String code) {
        return name != null && !name.equals(code) && name.chars().anyMatch(c -> c >= 0x0621 && c <= 0x064A)
                && name.indexOf('(') < 0 && name.indexOf('،') < 0 && name.indexOf(',') < 0;
    }
}
