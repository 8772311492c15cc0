package io.iocr.mapping.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hutool.core.convert.Convert;
import cn.hutool.core.util.CreditCodeUtil;
import cn.hutool.core.util.IdcardUtil;
import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks the hand-written normalisers against hutool-core, a widely used Chinese utility library that is a
 * test-only dependency here (README explains why it is not shipped): same verdict on thousands of generated values.
 */
class NormalisersAgainstHutoolTest {

    private final Random random = new Random(20260821);

    @Test
    void idNumberVerdictsAgreeWithHutool() {
        for (int i = 0; i < 5_000; i++) {
            StringBuilder id = new StringBuilder("110105");
            id.append(1950 + random.nextInt(70));
            id.append(String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)));
            id.append(String.format("%03d", random.nextInt(1000)));
            char check = random.nextBoolean() ? IdNumberValidator.checkCharacter(id.toString())
                    : "0123456789X".charAt(random.nextInt(11));
            String number = id.append(check).toString();
            assertThat(IdNumberValidator.isValid(number)).as(number).isEqualTo(IdcardUtil.isValidCard18(number));
            if (IdcardUtil.isValidCard18(number)) {
                assertThat(IdNumberValidator.gender(number).orElseThrow())
                        .isEqualTo(IdcardUtil.getGenderByIdCard(number) == 1 ? "男" : "女");
            }
        }
    }

    @Test
    void creditCodeVerdictsAgreeWithHutool() {
        for (int i = 0; i < 5_000; i++) {
            String code = CreditCodeUtil.randomCreditCode();
            if (random.nextBoolean()) {
                char wrong = CreditCodeValidator.ALPHABET.charAt(random.nextInt(31));
                code = code.substring(0, 17) + wrong;
            }
            assertThat(CreditCodeValidator.isValid(code)).as(code).isEqualTo(CreditCodeUtil.isCreditCode(code));
        }
    }

    @Test
    void amountsWrittenOutByHutoolReadBackAsTheSameFigure() {
        for (int i = 0; i < 5_000; i++) {
            BigDecimal amount = BigDecimal.valueOf(random.nextLong(1, 100_000_000_00L), 2);
            String words = Convert.digitToChinese(amount);
            assertThat(ChineseAmountNormaliser.parse(words)).as(words).isEqualByComparingTo(amount);
        }
    }
}
