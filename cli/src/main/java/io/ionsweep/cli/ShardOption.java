package io.ionsweep.cli;

/** Parses {@code --shard I/N}: this process runs part p when p % N == I. */
record ShardOption(int index, int count) {

    static ShardOption parse(String text) {
        if (text == null) {
            return new ShardOption(0, 1);
        }
        String[] parts = text.split("/", -1);
        try {
            if (parts.length == 2) {
                int i = Integer.parseInt(parts[0].trim());
                int n = Integer.parseInt(parts[1].trim());
                if (n >= 1 && i >= 0 && i < n) {
                    return new ShardOption(i, n);
                }
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new BadInputException("--shard: '" + text + "' is not allowed; allowed: I/N with integers 0 <= I < N, e.g. 0/4");
    }
}
