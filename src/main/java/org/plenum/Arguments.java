package org.plenum;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command line read once, before anything starts: the words (command, report or format, files) and the options,
 * each as {@code --name=value} whether it was written {@code --name=value} or {@code --name value}. Flags (options
 * without a value: {@code --help}, {@code --version}, Spring Boot's {@code --debug} and {@code --trace}, and those a
 * format declares) stay {@code --name}.
 *
 * @param words   the arguments that are not options, in order
 * @param options every option as {@code --name=value} (or {@code --name} for a flag), in order
 * @param help    whether {@code --help} or {@code -h} was given
 * @param version whether {@code --version} was given
 */
record Arguments(List<String> words, List<String> options, boolean help, boolean version) {

    /** A command line that cannot be read: the message says what is wrong. */
    static final class Mistake extends RuntimeException {
        Mistake(String message) {
            super(message);
        }
    }

    private static final Set<String> FLAGS = Set.of("help", "version", "debug", "trace");

    Arguments {
        words = List.copyOf(words);
        options = List.copyOf(options);
    }

    /**
     * @param flags the options of the commands that take no value, besides {@link #FLAGS}
     * @throws Mistake for an option given twice, an option without its value, or an unknown short option
     */
    static Arguments parse(String[] args, Set<String> flags) {
        List<String> words = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        boolean help = false;
        boolean version = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                help = true;
            } else if (arg.equals("--version")) {
                version = true;
            } else if (arg.startsWith("--") && arg.length() > 2) {
                int equals = arg.indexOf('=');
                String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
                String option;
                if (equals >= 0 || FLAGS.contains(name) || flags.contains(name)) {
                    option = arg;
                } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    option = "--" + name + "=" + args[++i];
                } else {
                    throw new Mistake("plenum: --" + name + " needs a value: --" + name + "=VALUE or --" + name + " VALUE");
                }
                if (name.isEmpty()) {
                    throw new Mistake("plenum: '" + arg + "' is not an option: write --name=value");
                }
                if (options.put(name, option) != null) {
                    throw new Mistake("plenum: --" + name + " is given twice; give it once");
                }
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw new Mistake("plenum: unknown option '" + arg + "'; options are written --name=value (see plenum help)");
            } else {
                words.add(arg);
            }
        }
        return new Arguments(words, new ArrayList<>(options.values()), help, version);
    }

    /** The command: the first word, {@code serve} without one. */
    String command() {
        return words.isEmpty() ? "serve" : words.get(0);
    }

    /** The words after the command. */
    List<String> rest() {
        return words.isEmpty() ? List.of() : words.subList(1, words.size());
    }
}
