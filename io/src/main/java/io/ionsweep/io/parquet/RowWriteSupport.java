package io.ionsweep.io.parquet;

import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/** Feeds a {@link RowBuffer} to parquet's record consumer; the whole Parquet side of the row model. */
final class RowWriteSupport extends WriteSupport<RowBuffer> {

    /** Parquet's "writer.model.name": which object model wrote the file. */
    static final String MODEL_NAME = "ionsweep";
    private static final String MESSAGE_NAME = "ionsweep_row";

    private final MessageType messageType;
    private final Map<String, String> keyValueMetadata;
    private final String[] names;
    private final ColumnType[] types;
    private final boolean[] optional;
    private RecordConsumer consumer;

    RowWriteSupport(TableSchema schema, Map<String, String> keyValueMetadata) {
        this.messageType = messageType(schema);
        this.keyValueMetadata = Map.copyOf(keyValueMetadata);
        int n = schema.size();
        names = new String[n];
        types = new ColumnType[n];
        optional = new boolean[n];
        for (int i = 0; i < n; i++) {
            names[i] = schema.column(i).name();
            types[i] = schema.column(i).type();
            optional[i] = schema.column(i).optional();
        }
    }

    static MessageType messageType(TableSchema schema) {
        Types.MessageTypeBuilder builder = Types.buildMessage();
        for (Column column : schema.columns()) {
            Type.Repetition repetition = column.optional() ? Type.Repetition.OPTIONAL : Type.Repetition.REQUIRED;
            switch (column.type()) {
                case INT64 -> builder.primitive(PrimitiveTypeName.INT64, repetition).named(column.name());
                case INT32 -> builder.primitive(PrimitiveTypeName.INT32, repetition).named(column.name());
                case DOUBLE -> builder.primitive(PrimitiveTypeName.DOUBLE, repetition).named(column.name());
                case BOOLEAN -> builder.primitive(PrimitiveTypeName.BOOLEAN, repetition).named(column.name());
                case STRING -> builder.primitive(PrimitiveTypeName.BINARY, repetition)
                        .as(LogicalTypeAnnotation.stringType()).named(column.name());
            }
        }
        return builder.named(MESSAGE_NAME);
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return new WriteContext(messageType, keyValueMetadata);
    }

    /** Parquet's Hadoop entry point; never called here (we pass a PlainParquetConfiguration). */
    @Override
    public WriteContext init(Configuration configuration) {
        return new WriteContext(messageType, keyValueMetadata);
    }

    @Override
    public String getName() {
        return MODEL_NAME;
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.consumer = recordConsumer;
    }

    @Override
    public void write(RowBuffer row) {
        RecordConsumer rc = consumer;
        rc.startMessage();
        for (int i = 0; i < names.length; i++) {
            if (optional[i] && row.missing[i]) {
                continue;
            }
            rc.startField(names[i], i);
            switch (types[i]) {
                case DOUBLE -> rc.addDouble(row.doubles[i]);
                case INT64 -> rc.addLong(row.longs[i]);
                case INT32 -> rc.addInteger((int) row.longs[i]);
                case BOOLEAN -> rc.addBoolean(row.longs[i] != 0);
                case STRING -> rc.addBinary(Binary.fromString(row.strings[i]));
            }
            rc.endField(names[i], i);
        }
        rc.endMessage();
    }

}
