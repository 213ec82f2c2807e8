package cn.zhicheng.review;

import cn.zhicheng.org.Sex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The helpers of the application queries that need no database. */
class ApplicationQueriesTest {

    @Test
    void idNumbersAreMaskedInLists() {
        assertThat(ApplicationQueries.mask("510104198001017209")).isEqualTo("5101**********7209");
        assertThat(ApplicationQueries.mask("short")).isEqualTo("short");
    }

    @Test
    void theSexComesFromThe17thDigit() {
        assertThat(ApplicationQueries.sexOf("11010519491231002X")).isEqualTo(Sex.FEMALE);
        assertThat(ApplicationQueries.sexOf("110105194912310010")).isNull();
    }

    @Test
    void theAncestorIdsComeFromTheMaterializedPath() {
        assertThat(ApplicationQueries.idsOf("/1/25/300/")).containsExactly(1L, 25L, 300L);
        assertThat(ApplicationQueries.idsOf("")).isEmpty();
    }

    @Test
    void blankFiltersMeanAny() {
        ApplicationQuery query = new ApplicationQuery(null, "  ", " 张 ", null, null, null, "", null, null, null,
                null, null);
        assertThat(query.name()).isNull();
        assertThat(query.idNumber()).isEqualTo("张");
        assertThat(query.specialty()).isNull();
        assertThat(query.group()).isEqualTo(StatusGroup.ALL);
    }
}
