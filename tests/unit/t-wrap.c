/*
 * t-wrap: greedy filling by display width in lib/wrap.
 */
#include "tap.h"
#include "wrap.h"

/* Fills s at width w with continuation indent 2 and returns the lines. */
static void
fill(const char *s, size_t w, const char *want, const char *what)
{
	struct buf b = { 0 };
	struct wrap wr;

	wrap_start(&wr, &b, w, 0, 2);
	wrap_words(&wr, s, strlen(s));
	wrap_end(&wr);
	is_mem(b.p, b.len, want, "%s", what);
	buf_free(&b);
}

int
main(void)
{
	struct buf b = { 0 };
	struct wrap wr;

	fill("aa bb cc", 5, "aa bb\n  cc\n", "wraps at width");
	fill("aa bb cc", 8, "aa bb cc\n", "exact fit stays on one line");
	fill("aa bb cc", 0, "aa bb cc\n", "width 0 never wraps");
	fill("  aa   bb ", 80, "aa bb\n", "runs of spaces fold");
	fill("abcdefgh ij", 4, "abcdefgh\n  ij\n", "long word overflows");
	fill("", 10, "\n", "nothing gives an empty line");
	/* Each CJK character is two columns wide. */
	fill("中国 外交部 声明", 11, "中国 外交部\n  声明\n", "CJK by width");
	fill("外交部发言人表示 ok", 9, "外交部发\n  言人表\n  示 ok\n",
	    "lines break between wide characters");
	fill("ab中文cd", 6, "ab中文\n  cd\n", "narrow runs stay whole");
	/* e + combining acute is one column. */
	fill("cafe\xcc\x81 cafe\xcc\x81 x", 11,
	    "cafe\xcc\x81 cafe\xcc\x81 x\n", "combining marks take no column");
	fill("cafe\xcc\x81 cafe\xcc\x81 x", 10,
	    "cafe\xcc\x81 cafe\xcc\x81\n  x\n", "combining marks at the edge");

	wrap_start(&wr, &b, 12, 4, 4);
	wrap_word(&wr, "k=v", 3, "  ");
	wrap_word(&wr, "k=w", 3, "  ");
	wrap_word(&wr, "k=x", 3, "  ");
	wrap_end(&wr);
	is_mem(b.p, b.len, "    k=v  k=w\n    k=x\n", "indent and separator");
	buf_free(&b);
	return tap_done();
}
