package org.qalam.extractors.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds telephone numbers in a text: a number after + (+966 11 234 5678), a run of digits after
 * 0 or 00 (0501234567, 00966501234567), or groups of digits after 0 split by spaces or dashes
 * (050-123-4567). They are one {@code phone} mention each rather than several cardinals, which
 * a reader would never add up.
 */
final class PhoneNumbers {

    /** The fewest digits a phone number has: a local number with its area code. */
    private static final int MIN_DIGITS = 9;
    /** The most digits a phone number has, by ITU-T E.164. */
    private static final int MAX_DIGITS = 15;

    /** + or 0 and digit groups joined by one space or dash, not inside a longer number. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\p{Nd}.,٫٬/])(?:\\+|[0٠۰])\\p{Nd}+(?:[ \\-]\\p{Nd}{2,5}){0,5}(?![\\p{Nd}]|[.,٫٬/]\\p{Nd})");

    private PhoneNumbers() {
    }

    /** A phone number found: its span and its digits, with the + if it was written. */
    record Phone(int start, int end, String value) {
    }

    /** The phone numbers of {@code text}, left to right. */
    static List<Phone> find(String text) {
        List<Phone> phones = new ArrayList<>();
        Matcher m = PHONE.matcher(text);
        while (m.find()) {
            StringBuilder digits = new StringBuilder();
            String found = m.group();
            for (int i = 0; i < found.length(); i++) {
                char c = found.charAt(i);
                if (Character.isDigit(c)) {
                    digits.append((char) ('0' + Character.digit(c, 10)));
                }
            }
            boolean plus = found.charAt(0) == '+';
            if (digits.length() < MIN_DIGITS || digits.length() > MAX_DIGITS) {
                continue;
            }
            phones.add(new Phone(m.start(), m.end(), plus ? "+" + digits : digits.toString()));
        }
        return phones;
    }
}
