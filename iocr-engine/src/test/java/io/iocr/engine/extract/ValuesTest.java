package io.iocr.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void writesDatesTheWayBaiduCardApisDo() {
        assertThat(Values.compactDate("1990年1月1日")).isEqualTo("19900101");
        assertThat(Values.compactDate("1990 年 12 月 31 日")).isEqualTo("19901231");
        assertThat(Values.compactDate("2016-05-20")).isEqualTo("20160520");
        assertThat(Values.compactDate("长期")).isEqualTo("长期");
    }

    @Test
    void splitsValidityRangesIncludingOpenEndedOnes() {
        assertThat(Values.range("2015.06.01-2035.06.01")).containsExactly("20150601", "20350601");
        assertThat(Values.range("2016-05-20 至 2026-05-20")).containsExactly("20160520", "20260520");
        assertThat(Values.range("2015.06.01-长期")).containsExactly("20150601", "长期");
        assertThat(Values.range("北京市公安局")).isNull();
    }

    @Test
    void dropsTheLetterIThatPlatesNeverUse() {
        assertThat(Values.plate("川IAB54P5")).isEqualTo("川AB54P5");
        assertThat(Values.plate("京 a12345")).isEqualTo("京A12345");
    }
}
