package io.metabuilder.query.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.metabuilder.events.schema.FieldType;
import io.metabuilder.query.schema.FieldColumn;
import io.metabuilder.query.web.ApiException;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The query string becomes a typed query, or a 400 naming the parameter, before any SQL. */
class ListParametersTest {

    private static final List<FieldColumn> FIELDS = List.of(
            field("name", FieldType.TEXT),
            field("qty", FieldType.INTEGER),
            field("price", FieldType.DECIMAL),
            field("active", FieldType.BOOLEAN),
            field("extra", FieldType.JSON),
            field("owner", FieldType.REFERENCE));

    @Test
    void defaultsToFiftyRecordsByCreationThenId() {
        ListQuery query = parse();

        assertThat(query.limit()).isEqualTo(50);
        assertThat(query.sortCanonical()).isEqualTo("created_at,id");
        assertThat(query.filters()).isEmpty();
        assertThat(query.after()).isEmpty();
    }

    @Test
    void typesFilterValuesByTheFieldAndReadsABareFilterAsEq() {
        ListQuery query = parse("filter[qty][gt]", "500", "filter[active]", "true", "filter[price][in]", "1.50,2");

        assertThat(query.filters()).extracting(Filter::operator).containsExactly(Operator.GT, Operator.EQ, Operator.IN);
        assertThat(query.filters().get(0).value()).isEqualTo(500L);
        assertThat(query.filters().get(1).value()).isEqualTo(true);
        assertThat(query.filters().get(2).values()).containsExactly(new BigDecimal("1.50"), new BigDecimal("2"));
    }

    @Test
    void takesOneInValuePerRepetitionSoValuesMayHoldCommas() {
        ListQuery query = parse("filter[name][in]", "a,b", "filter[name][in]", "c");

        assertThat(query.filters().get(0).values()).containsExactly("a,b", "c");
    }

    @Test
    void endsEverySortWithIdAscending() {
        assertThat(parse("sort", "-price,name").sortCanonical()).isEqualTo("-price,name,id");
        assertThat(parse("sort", "-id").sortCanonical()).isEqualTo("-id");
        assertThat(parse("sort", "created_by").sortCanonical()).isEqualTo("created_by,id");
    }

    @Test
    void alwaysShowsTheId() {
        assertThat(parse("fields", "name,qty").fields())
                .hasValueSatisfying(names -> assertThat(names).containsExactly("id", "name", "qty"));
    }

    @Test
    void namesTheParameterOfEveryRefusal() {
        assertRefused("filter[nope][eq]", "filter[nope][eq]", "1");
        assertRefused("filter[qty][gt]", "filter[qty][gt]", "many");
        assertRefused("filter[qty][contains]", "filter[qty][contains]", "1");
        assertRefused("filter[active][gt]", "filter[active][gt]", "true");
        assertRefused("filter[extra][eq]", "filter[extra][eq]", "{}");
        assertRefused("filter[owner][eq]", "filter[owner][eq]", "not-a-uuid");
        assertRefused("filter[name][like]", "filter[name][like]", "x");
        assertRefused("filter[name][isNull]", "filter[name][isNull]", "yes");
        assertRefused("filter[qty][gt]", "filter[qty][gt]", "1", "filter[qty][gt]", "2");
        assertRefused("filter", "filter", "x");
        assertRefused("sort", "sort", "nope");
        assertRefused("sort", "sort", "extra");
        assertRefused("sort", "sort", "name,-name");
        assertRefused("sort", "sort", "name,");
        assertRefused("fields", "fields", "name,nope");
        assertRefused("offset", "offset", "10001");
        assertRefused("offset", "offset", "-1");
        assertRefused("count", "count", "estimated");
        assertRefused("limit", "limit", "1001");
        assertRefused("cursor", "cursor", "e30");
        assertRefused("offset", "offset", "5", "cursor", "e30");
    }

    private static void assertRefused(String parameter, String... query) {
        assertThatThrownBy(() -> parse(query))
                .as(String.join("&", query))
                .isInstanceOf(ApiException.class)
                .hasMessageStartingWith(parameter);
    }

    private static ListQuery parse(String... pairs) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            query.add(pairs[i], pairs[i + 1]);
        }
        return ListParameters.parse(query, FIELDS);
    }

    private static FieldColumn field(String name, FieldType type) {
        UUID id = UUID.randomUUID();
        return new FieldColumn(id, name, type, "f_" + id.toString().replace("-", ""), null);
    }
}
