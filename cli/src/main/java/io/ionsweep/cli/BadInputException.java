package io.ionsweep.cli;

/** Bad command-line input found after parsing (e.g. an output file that exists): exit code 2. */
final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }
}
