package io.metabuilder.query.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.metabuilder.query.web.ApiException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListParametersTest {

    @Test
    void defaultsToFiftyAndAcceptsOneToAThousand() {
        assertThat(ListParameters.limit(null)).isEqualTo(50);
        assertThat(ListParameters.limit("1")).isEqualTo(1);
        assertThat(ListParameters.limit("1000")).isEqualTo(1000);
    }

    @Test
    void rejectsLimitsOutOfRangeOrNotWholeNumbers() {
        for (String bad : new String[] {"0", "-1", "1001", "abc", "1.5", "", "99999999999"}) {
            assertThatThrownBy(() -> ListParameters.limit(bad)).as(bad).isInstanceOf(ApiException.class);
        }
    }

    @Test
    void rejectsFiltersAndSortsItCannotServeYet() {
        assertThatThrownBy(() -> ListParameters.rejectUnsupported(Set.of("limit", "filter[qty][gt]")))
                .isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> ListParameters.rejectUnsupported(Set.of("sort")))
                .isInstanceOf(ApiException.class);
        ListParameters.rejectUnsupported(Set.of("limit", "cursor"));
    }
}
