package org.ocppbridge.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.json.JSONObject;
import org.ocppbridge.schemas.FieldFact.Type;

/**
 * Issue 15, point 3: OCPP integers are 32-bit signed. Every integer field of every schema, nested ones included,
 * refuses a number outside that range as a TYPE violation (keyword int32) at its own pointer, and takes any
 * number inside it.
 */
class Int32RangeTest {

    private static final BigInteger TWO_TO_31 = BigInteger.ONE.shiftLeft(31);

    private final JsonSchemas schemas = new JsonSchemas();

    /** One integer field of one schema. */
    record IntegerField(MessageFacts message, FieldFact field) {
        @Override
        public String toString() {
            return message.schemaName() + " " + field.path();
        }
    }

    static List<IntegerField> everyIntegerField() {
        List<MessageFacts> all = new ArrayList<>(OcppFacts.all());
        all.addAll(SystemFacts.objects());
        List<IntegerField> out = new ArrayList<>();
        for (MessageFacts m : all) {
            for (FieldFact f : m.ofType(Type.INTEGER)) {
                out.add(new IntegerField(m, f));
            }
        }
        return out;
    }

    @Provide
    Arbitrary<IntegerField> integerFields() {
        return Arbitraries.of(everyIntegerField());
    }

    @Provide
    Arbitrary<BigInteger> outside32Bits() {
        BigInteger huge = BigInteger.TEN.pow(39);
        return Arbitraries.oneOf(
                // the values: 2^32 + 1 (wrapped to 1), 2^32 + 2, 2^53 (wrapped to 0), and the first ones out
                Arbitraries.of(
                        BigInteger.ONE.shiftLeft(32).add(BigInteger.ONE),
                        BigInteger.ONE.shiftLeft(32).add(BigInteger.TWO),
                        BigInteger.ONE.shiftLeft(32),
                        BigInteger.ONE.shiftLeft(53),
                        TWO_TO_31,
                        TWO_TO_31.negate().subtract(BigInteger.ONE)),
                Arbitraries.bigIntegers().between(TWO_TO_31, huge),
                Arbitraries.bigIntegers()
                        .between(huge.negate(), TWO_TO_31.negate().subtract(BigInteger.ONE)));
    }

    @Property(tries = 2000)
    void an_integer_outside_32_bits_is_a_TYPE_violation_at_its_pointer(
            @ForAll("integerFields") IntegerField at, @ForAll("outside32Bits") BigInteger value) {
        JSONObject doc = at.message().full();
        JsonTree.set(doc, at.field().pointer(), value);
        List<SchemaViolation> violations = schemas.validate(at.message().schemaName(), doc.toString());
        assertEquals(
                List.of(new SchemaViolation(
                        SchemaViolation.Kind.TYPE, at.field().pointer(), "int32")),
                violations,
                at + " = " + value);
    }

    @Property(tries = 1000)
    void an_integer_inside_32_bits_is_valid(
            @ForAll("integerFields") IntegerField at, @ForAll @IntRange(min = 0) int value) {
        JSONObject doc = at.message().full();
        JsonTree.set(doc, at.field().pointer(), value);
        assertEquals(List.of(), schemas.validate(at.message().schemaName(), doc.toString()), at + " = " + value);
    }

    @Example
    void the_facts_cover_every_integer_field_the_schema_files_declare() {
        // The properties above walk the facts; this keeps them from missing an integer field of a file.
        Set<String> declared = new TreeSet<>();
        for (MessageFacts m : OcppFacts.all()) {
            JSONObject file = SchemaFileProperties.read("schemas/ocpp/" + m.schemaName() + ".json");
            SchemaFileProperties.properties(file).forEach((path, schema) -> {
                if ("integer".equals(schema.optString("type"))) {
                    declared.add(m.schemaName() + " " + path);
                }
            });
        }
        Set<String> covered = new TreeSet<>();
        everyIntegerField().stream()
                .filter(f -> !f.message().schemaName().startsWith("system/"))
                .forEach(f -> covered.add(f.toString()));
        assertEquals(declared, covered);
    }
}
