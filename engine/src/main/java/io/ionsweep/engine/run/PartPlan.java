package io.ionsweep.engine.run;

/**
 * How a sweep's config ids are cut into output parts, and which parts a shard owns.
 *
 * <p>Part {@code p} holds config ids {@code [p * configsPerPart, min((p + 1) * configsPerPart, total))}.
 * Shard {@code I/N} owns the parts with {@code p % N == I}, so shards are disjoint, their union is the
 * whole sweep, and part files of different shards never collide. A part is also the unit of
 * resumption: it is either finished (renamed into place and listed in the manifest) or redone.
 *
 * @param totalConfigs   configurations in the sweep (>= 1)
 * @param configsPerPart configurations per part (>= 1)
 * @param shardIndex     this shard, 0 <= shardIndex < shardCount
 * @param shardCount     number of shards (>= 1)
 */
public record PartPlan(long totalConfigs, long configsPerPart, int shardIndex, int shardCount) {

    /** Rows a part aims for in its largest table: big enough for efficient Parquet, small enough to redo. */
    public static final long TARGET_ROWS_PER_PART = 1L << 20;
    /** Upper bound on configurations per part, so that an interrupted run loses little. */
    public static final long MAX_CONFIGS_PER_PART = 1L << 16;

    public PartPlan {
        if (totalConfigs < 1) {
            throw new IllegalArgumentException("a sweep needs at least one configuration");
        }
        if (configsPerPart < 1) {
            throw new IllegalArgumentException("configs per part must be >= 1");
        }
        if (shardCount < 1 || shardIndex < 0 || shardIndex >= shardCount) {
            throw new IllegalArgumentException("shard must be I/N with 0 <= I < N, got " + shardIndex + "/" + shardCount);
        }
    }

    /** A plan whose parts hold about {@link #TARGET_ROWS_PER_PART} rows of the largest table. */
    public static PartPlan forRows(long totalConfigs, long rowsPerConfig, int shardIndex, int shardCount) {
        long perPart = Math.max(1, Math.min(MAX_CONFIGS_PER_PART, TARGET_ROWS_PER_PART / Math.max(1, rowsPerConfig)));
        return new PartPlan(totalConfigs, perPart, shardIndex, shardCount);
    }

    public long partCount() {
        return (totalConfigs + configsPerPart - 1) / configsPerPart;
    }

    public long firstConfig(long part) {
        return part * configsPerPart;
    }

    /** One past the last config id of a part. */
    public long endConfig(long part) {
        return Math.min(totalConfigs, (part + 1) * configsPerPart);
    }

    public boolean inShard(long part) {
        return part % shardCount == shardIndex;
    }

    /** Configurations owned by this shard. */
    public long configsInShard() {
        long n = 0;
        for (long p = shardIndex; p < partCount(); p += shardCount) {
            n += endConfig(p) - firstConfig(p);
        }
        return n;
    }
}
