package io.iocr.mapping.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NormalisersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "2019年08月28日|2019-08-28", "2019年8月8日|2019-08-08", "2019.08.28|2019-08-28", "2019-08-28|2019-08-28",
            "2019/08/28|2019-08-28", "20190828|2019-08-28", "２０１９年０８月２８日|2019-08-28", "2019 年 08 月 28 日|2019-08-28"})
    void datesInEveryPrintedFormReadAsTheSameDay(String raw, String expected) {
        assertThat(DateNormaliser.parse(raw)).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({"2019年02月30日", "20191301", "长期", "abc", "''"})
    void impossibleOrMissingDatesAreRejectedWithTheRawTextInTheMessage(String raw) {
        assertThatThrownBy(() -> DateNormaliser.parse(raw)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + raw + "'");
    }

    @Test
    void changQiMeansNoEndDate() {
        assertThat(DateNormaliser.isIndefinite("长期")).isTrue();
        assertThat(DateNormaliser.parseRange("长期")).isEqualTo(new DateNormaliser.Range(null, null, true));
        assertThat(DateNormaliser.parseRange("2015年03月20日至长期"))
                .isEqualTo(new DateNormaliser.Range(LocalDate.of(2015, 3, 20), null, true));
        assertThat(DateNormaliser.parseRange("2010.01.01-2030.01.01")).isEqualTo(
                new DateNormaliser.Range(LocalDate.of(2010, 1, 1), LocalDate.of(2030, 1, 1), false));
        assertThat(DateNormaliser.parseRange("20380101"))
                .isEqualTo(new DateNormaliser.Range(null, LocalDate.of(2038, 1, 1), false));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "¥360.00|360.00", "339. 62|339.62", "20. 38|20.38", "Y20.38|20.38", "?5574.43|5574.43", "？88|88.00",
            "羊12|12.00", "￥1,234.50|1234.50",
            "１２３.４５|123.45", "RMB 88|88.00", "100元|100.00", "-12.30|-12.30", "¥-12.30|-12.30",
            "1,234,567.891|1234567.89"})
    void moneyToleratesCurrencyMarksMisreadsSeparatorsAndStraySpaces(String raw, String expected) {
        assertThat(MoneyNormaliser.parse(raw)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource({"abc", "12.3.4", "'1,23'", "''", "?", "12?"})
    void textThatIsNotAnAmountIsRejected(String raw) {
        assertThatThrownBy(() -> MoneyNormaliser.parse(raw)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "叁佰陆拾圆整|360.00", "ⓧ叁佰陆拾圆整|360.00", "壹万零贰佰元伍角|10200.50", "玖角捌分|0.98",
            "壹亿贰仟万圆整|120000000.00", "拾圆整|10.00", "壹拾贰圆零伍分|12.05", "人民币贰仟零壹拾元整|2010.00",
            "三百六十元|360.00", "叁仟肆佰伍拾陆万柒仟捌佰玖拾圆零壹分|34567890.01", "负壹佰圆整|-100.00"})
    void uppercaseChineseAmountsReadAsFigures(String raw, String expected) {
        assertThat(ChineseAmountNormaliser.parse(raw)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource({"叁佰陆拾圆整X", "佰圆", "hello", "''"})
    void textThatIsNotAnAmountInWordsIsRejected(String raw) {
        assertThatThrownBy(() -> ChineseAmountNormaliser.parse(raw)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fullWidthPunctuationIsFoldedAndNoValueMarkersRecognised() {
        assertThat(TextNormaliser.normalise("百度在线网络技术（北京）有限公司")).isEqualTo("百度在线网络技术(北京)有限公司");
        assertThat(TextNormaliser.normalise("  Ａ１　 b ")).isEqualTo("A1 b");
        assertThat(TextNormaliser.isNoValue("无")).isTrue();
        assertThat(TextNormaliser.isNoValue(" -- ")).isTrue();
        assertThat(TextNormaliser.isNoValue("0")).isFalse();
    }

    @Test
    void idNumberWithTheRightCheckDigitIsValidAndEncodesBirthDateAndGender() {
        assertThat(IdNumberValidator.problems("11010519491231002X")).isEmpty();
        assertThat(IdNumberValidator.problems("11010519491231002x")).as("lower-case x").isEmpty();
        assertThat(IdNumberValidator.birthDate("11010519491231002X")).contains(LocalDate.of(1949, 12, 31));
        assertThat(IdNumberValidator.gender("11010519491231002X")).contains("女");
        // 4·7+4·9+0·10+3·5+0·8+8·4+2·2+0·1+0·6+0·3+0·7+1·9+0·10+1·5+0·8+0·4+1·2 = 131; 131 mod 11 = 10 → '2'
        assertThat(IdNumberValidator.checkCharacter("44030820000101001")).isEqualTo('2');
        assertThat(IdNumberValidator.problems("440308200001010012")).isEmpty();
        assertThat(IdNumberValidator.gender("440308200001010012")).contains("男");
    }

    @Test
    void idNumberProblemsAreNamed() {
        assertThat(IdNumberValidator.problems("110105194912310021"))
                .singleElement().asString().contains("GB 11643 check digit (expected X)");
        assertThat(IdNumberValidator.problems("110105194913310020"))
                .anySatisfy(p -> assertThat(p).contains("valid birth date"));
        assertThat(IdNumberValidator.problems("1101051949123")).singleElement().asString()
                .contains("not an 18-character ID number");
        assertThat(IdNumberValidator.problems("110105491231002")).singleElement().asString()
                .contains("15-digit first-generation");
    }

    @Test
    void creditCodesAreCheckedWithTheGb32100CheckCharacter() {
        // the seed invoice's seller taxpayer ID is valid; its buyer ID (91110911717743469K) is not: the standard
        // gives 7 as its check character, so the mapping warns about it (see InvoiceMappingTest)
        assertThat(CreditCodeValidator.problems("91330106673959654P")).isEmpty();
        assertThat(CreditCodeValidator.problems("91110911717743469K")).singleElement().asString()
                .contains("expected 7");
        assertThat(CreditCodeValidator.problems("911109117177434697")).isEmpty();
        assertThat(CreditCodeValidator.checkCharacter("91110108MA01ABCDE")).isEqualTo(
                CreditCodeValidator.ALPHABET.charAt(
                        (31 - weightedSum("91110108MA01ABCDE") % 31) % 31));
        assertThat(CreditCodeValidator.problems("91330106673959654Q")).singleElement().asString()
                .contains("expected P");
        assertThat(CreditCodeValidator.problems("91330106673959654I")).singleElement().asString()
                .contains("'I'");
        assertThat(CreditCodeValidator.problems("9111091171774346")).singleElement().asString()
                .contains("not an 18-character");
    }

    @Test
    void bankCardNumbersAreCheckedWithLuhn() {
        assertThat(BankCardValidator.normalise("6222 0202 0011 2233 445")).isEqualTo("6222020200112233445");
        assertThat(BankCardValidator.problems("4111 1111 1111 1111")).isEmpty();
        assertThat(BankCardValidator.problems("4111 1111 1111 1112")).singleElement().asString().contains("Luhn");
    }

    /** GB 32100 written out from the standard's weights, independently of the production table. */
    private static int weightedSum(String first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += "0123456789ABCDEFGHJKLMNPQRTUWXY".indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return sum;
    }
}
