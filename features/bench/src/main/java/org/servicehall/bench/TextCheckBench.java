package org.servicehall.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.servicehall.conduct.internal.ForbiddenPhraseMatcher;

/**
 * C3's "fast enough to run on every keystroke", measured: the forbidden-phrase check of a hand-off
 * note as the counter desk runs it on each keystroke, against the budget of one screen frame (16 ms).
 * {@code ./bench.sh --text-check}. Not a test: it prints what one run on this machine gives.
 */
public final class TextCheckBench {
    private static final String[] CORE = { "不知道", "不清楚", "这不归我管", "你问别人去", "没看我正忙着吗", "下班了，明天再来", "急什么", "着什么急",
            "墙上写着呢，自己看", "我就这态度", "有意见找领导去", "你怎么这么多事", "不是告诉你了吗", "听不懂吗", "你自己看着办", "爱办不办",
            "这是规定，我也没办法", "回去补齐再来" };

    private TextCheckBench() {
    }

    public static void main(String[] args) {
        Random random = new Random(7);
        for (int catalogue : new int[] { CORE.length, 2_000 }) {
            List<ForbiddenPhraseMatcher.Entry> entries = new ArrayList<>();
            for (String p : CORE) {
                entries.add(new ForbiddenPhraseMatcher.Entry(p, "请稍等，我帮您问一下。"));
            }
            while (entries.size() < catalogue) {
                entries.add(new ForbiddenPhraseMatcher.Entry(hanzi(random, 3 + random.nextInt(6)), ""));
            }
            long built = System.nanoTime();
            ForbiddenPhraseMatcher matcher = new ForbiddenPhraseMatcher(entries);
            double buildMs = (System.nanoTime() - built) / 1e6;
            // a 500-character note with spaces typed between characters and two hits in it
            String note = hanzi(random, 240) + " 这 不归我管 " + hanzi(random, 249) + "急什么";
            for (int i = 0; i < 20_000; i++) { // warm-up
                matcher.find(note);
            }
            int runs = 50_000;
            long[] nanos = new long[runs];
            int hits = 0;
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                hits += matcher.find(note).size();
                nanos[i] = System.nanoTime() - t;
            }
            Arrays.sort(nanos);
            double p50 = nanos[runs / 2] / 1e3;
            double p99 = nanos[runs * 99 / 100] / 1e3;
            System.out.printf(Locale.ROOT,
                    "C3 forbidden-phrase check, %d phrases (built in %.1f ms), 500-character note: p50 %.1f µs, p99 %.1f µs per keystroke"
                            + " = %.4f of a 16 ms frame (%d hits per check)%n",
                    catalogue, buildMs, p50, p99, p99 / 16_000.0, hits / runs);
        }
    }

    private static String hanzi(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(0x4E00 + random.nextInt(0x5000));
        }
        return sb.toString();
    }
}
