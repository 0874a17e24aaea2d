package org.sextherapy.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The cache of codes read before: exact, bounded, safe to share between threads. */
class TextCacheTest {

  private static char[] padded(String text) {
    return ("..." + text + "...").toCharArray();
  }

  @Test
  void aRememberedTextIsFoundByExactlyItsCharactersWhereverTheyStandInTheBuffer() {
    TextCache<Locale> cache = new TextCache<>();
    Locale english = Locale.ENGLISH;
    assertThat(cache.remember("en", english)).isSameAs(english);
    assertThat(cache.find(padded("en"), 3, 2)).isSameAs(english);
    assertThat(cache.find("en".toCharArray(), 0, 2)).isSameAs(english);
    assertThat(cache.find(padded("en"), 3, 1)).isNull();
    assertThat(cache.find(padded("EN"), 3, 2)).isNull();
    assertThat(cache.find("enx".toCharArray(), 0, 3)).isNull();
    assertThat(cache.find(new char[0], 0, 0)).isNull();
  }

  @Test
  void aTextLongerThanTheLimitIsNeverCached() {
    TextCache<String> cache = new TextCache<>();
    String longText = "x".repeat(TextCache.MAX_LENGTH + 1);
    cache.remember(longText, "value");
    assertThat(cache.find(longText.toCharArray(), 0, longText.length())).isNull();
    String longest = "y".repeat(TextCache.MAX_LENGTH);
    cache.remember(longest, "kept");
    assertThat(cache.find(longest.toCharArray(), 0, longest.length())).isEqualTo("kept");
  }

  @Test
  void theCacheHoldsAtMostItsSlotsWhateverItIsGiven() {
    TextCache<Integer> cache = new TextCache<>();
    int texts = TextCache.SLOTS * 20;
    for (int i = 0; i < texts; i++) {
      cache.remember("code-" + i, i);
    }
    int found = 0;
    for (int i = 0; i < texts; i++) {
      char[] text = ("code-" + i).toCharArray();
      Integer value = cache.find(text, 0, text.length);
      if (value != null) {
        assertThat(value).isEqualTo(i);
        found++;
      }
    }
    assertThat(found).isPositive().isLessThanOrEqualTo(TextCache.SLOTS);
  }

  @Test
  void threadsSharingTheCacheOnlyEverSeeTheValueOfTheTextTheyAskFor() throws Exception {
    TextCache<String> cache = new TextCache<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> wrong = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int seed = t;
        wrong.add(pool.submit(() -> {
          int mismatches = 0;
          for (int i = 0; i < 50_000; i++) {
            String text = "t" + ((i * 31 + seed) % 3000);
            char[] chars = text.toCharArray();
            String value = cache.find(chars, 0, chars.length);
            if (value == null) {
              cache.remember(text, text.toUpperCase(Locale.ROOT));
            } else if (!value.equals(text.toUpperCase(Locale.ROOT))) {
              mismatches++;
            }
          }
          return mismatches;
        }));
      }
      for (Future<Integer> result : wrong) {
        assertThat(result.get(1, TimeUnit.MINUTES)).isZero();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
