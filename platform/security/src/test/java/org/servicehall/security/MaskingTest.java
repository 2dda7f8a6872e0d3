package org.servicehall.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** S3 (issue 16): the platform's one masking policy of names, phones, ID and taxpayer numbers, and free text. */
class MaskingTest {
    @Test
    void contactDataIsMasked_S3() {
        assertEquals("张*", Masking.name("张三"));
        assertEquals("欧**", Masking.name("欧阳娜"));
        assertEquals("J***", Masking.name(" John "));
        assertEquals("138****5678", Masking.phone("13812345678"));
        assertEquals("010*****5678", Masking.phone("010-12345678"));
        assertEquals("****67", Masking.phone("234567"));
        assertEquals(null, Masking.name(null));
        assertEquals("", Masking.phone(""));
    }

    /** TX3 (the tax hall's 第七条) through the one policy: taxpayers' numbers with capitals in them, in free text. */
    @Test
    void taxpayerNumbersInFreeTextAreMasked_S3_TX3() {
        assertEquals("纳税人 913***********0Y43 已办结", Masking.text("纳税人 91350100M000100Y43 已办结"), "a unified social credit code");
        assertEquals("（913*************4321）", Masking.text("（91350100M000100Y4321）"), "an older number of 20 characters");
        assertEquals("识别号：110***********002X。", Masking.text("识别号：11010519491231002X。"), "a person's ID number as the taxpayer's number");
        assertEquals("913***********0Y43", Masking.number("91350100M000100Y43"));
        String untouched = "请T012号到3号窗口，办件 TAX-1-20261130-0001，2026-10-20 前办结，工本费 10.00 元，投诉 TS-20261130-7KQ2MX";
        assertEquals(untouched, Masking.text(untouched), "tickets, cases, dates, amounts and tracking numbers are no taxpayer's number");
        assertEquals("ABCDEFGHJKLMNPQRTU", Masking.text("ABCDEFGHJKLMNPQRTU"), "a word of capitals has no digits");
        assertEquals("x91350100M000100Y43", Masking.text("x91350100M000100Y43"), "glued to a letter: part of something else");
    }

    @Test
    void idNumbersInFreeTextAreMasked_S3() {
        assertEquals("身份证110***********1234。", Masking.text("身份证110105199003071234。"));
        assertEquals("身份证号：110***********123X", Masking.text("身份证号：11010519900307123X"));
        assertEquals("110***********123x", Masking.text("11010519900307123x"), "a lower-case check character");
        assertEquals("证件 110***********123X 已核", Masking.text("证件 110105 19900307 123X 已核"), "written in groups");
        assertEquals("老身份证110********7123", Masking.text("老身份证110105900307123"), "the old 15-digit numbers");
        assertEquals("卡号622*********7890", Masking.text("卡号6222021234567890"), "a bank card number");
        assertEquals("卡号622*********7890", Masking.text("卡号6222 0212 3456 7890"));
        assertEquals("１１０***********１２３Ｘ", Masking.text("１１０１０５１９９００３０７１２３Ｘ"), "typed full-width");
    }

    @Test
    void mobileNumbersInFreeTextAreMasked_S3() {
        assertEquals("我的电话138****5678，请回电", Masking.text("我的电话13812345678，请回电"));
        assertEquals("电话 138****5678 或 199****0000", Masking.text("电话 138 1234 5678 或 199-0000-0000"));
        assertEquals("+86 138****5678", Masking.text("+86 138 1234 5678"));
        assertEquals("+86138****5678", Masking.text("+8613812345678"));
        assertEquals("0086-138****5678", Masking.text("0086-13812345678"));
        assertEquals("(+86)138****5678", Masking.text("(+86)13812345678"));
        assertEquals("找张三138****5678", Masking.text("找张三13812345678"), "right after Chinese text");
        assertEquals("１３８****５６７８", Masking.text("１３８１２３４５６７８"), "typed full-width");
        assertEquals("12812345678", Masking.text("12812345678"), "12x is no mobile prefix");
        assertEquals("单号1381234567890", Masking.text("单号1381234567890"), "11 digits inside a longer number are no phone");
    }

    @Test
    void landlinesWithAreaCodeInFreeTextAreMasked_S3() {
        assertEquals("办公室010****3456", Masking.text("办公室010-65123456"));
        assertEquals("家里 010****3456；", Masking.text("家里 (010)6512 3456；"));
        assertEquals("座机075*****6789转801", Masking.text("座机0755-23456789转801"), "the extension is no secret");
        assertEquals("座机075*****6789", Masking.text("座机（0755）23456789"), "full-width brackets");
        assertEquals("+86 106***3456", Masking.text("+86 10 65123456"));
        assertEquals("电话 65123456", Masking.text("电话 65123456"), "without area code it is not told from an amount");
    }

    @Test
    void ticketNumbersDatesAmountsAndTrackingNumbersAreLeft_S3() {
        String plain = "取号A012，2026-11-30 08:50:00 在3号窗口办理，缴费 120.50 元，共 13800 元，单号 TS-20261130-7KQ2MX，"
                + "20261130 当天，工号D001，等了 45 分钟，金额 1,380,000.00 元";
        assertEquals(plain, Masking.text(plain));
        assertEquals("TS-20261130-7KQ2MX 138****5678", Masking.text("TS-20261130-7KQ2MX 13812345678"));
        assertEquals(null, Masking.text(null));
        assertEquals("", Masking.text(""));
    }

    @Test
    void theCasesOwnContactNameAndPhoneAreMaskedWhereTheTextRepeatsThem_S3() {
        assertEquals("我是张*，电话 138****5678，张*的身份证 110***********1234",
                Masking.text("我是张三，电话 138 1234 5678，张三的身份证 110105199003071234", "张三", "13812345678"));
        assertEquals("联系欧** 651*3456", Masking.text("联系欧阳娜 65123456", "欧阳娜", "65123456"),
                "a phone without area code is masked where it is the case's own");
        assertEquals("王先生说", Masking.text("王先生说", "王", null), "a one-character name is not looked for");
        assertEquals(null, Masking.text(null, "张三", "13812345678"));
    }

    @Test
    void idAndTaxpayerNumbersAndOrganisationsAreMasked_S3() {
        assertEquals("110***********123X", Masking.number("11010519900307123X"));
        assertEquals("913***********0Y43", Masking.number("91310115MA1H7G0Y43"));
        assertEquals("北*******公司", Masking.organisation("北京某某科技有限公司"));
        assertEquals("税*", Masking.organisation("税务"), "a short name as a person's");
        assertEquals(null, Masking.number(null));
    }
}
