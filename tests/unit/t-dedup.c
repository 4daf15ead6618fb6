/*
 * t-dedup: unit tests of lib/dedup: normal forms, keys, similarity, the
 * FIFO window and its eviction.
 */
#include <stdint.h>
#include <string.h>

#include "buf.h"
#include "dedup.h"
#include "tap.h"

static struct buf nb;

static const char *
norm(const char *s)
{
	buf_reset(&nb);
	if (dedup_norm(&nb, s, strlen(s)) == -1)
		return "(no memory)";
	buf_addc(&nb, '\0');
	return nb.p;
}

static void
key(struct dedup_key *k, const char *s)
{
	buf_reset(&nb);
	dedup_norm(&nb, s, strlen(s));
	dedup_keyof(k, nb.p, nb.len, 1);
}

int
main(void)
{
	struct dedup_key a, b, c;
	struct dedup *d;
	double sim;
	long s1, s2;

	/* Normal forms. */
	ok(strcmp(norm("Hello,  World!"), "hello world") == 0,
	    "ASCII: case and punctuation folded");
	ok(strcmp(norm("  --Trailing and leading--  "), "trailing and leading")
	    == 0, "no space at either end");
	ok(strcmp(norm("“Groundless,” he said"), "groundless he said") == 0,
	    "curly quotes are punctuation");
	ok(strcmp(norm("\"Groundless,\" he said"), "groundless he said") == 0,
	    "straight quotes fold the same");
	ok(strcmp(norm("STRASSE Straße"), "strasse strasse") == 0,
	    "full case folding: sharp s");
	ok(strcmp(norm("Cafe\xcc\x81 CAF\xc3\x89"), "caf\xc3\xa9 caf\xc3\xa9")
	    == 0, "NFC: combining acute composed, then folded");
	ok(strcmp(norm("In 2021, 30,000 servers"), "in 2021 30 000 servers")
	    == 0, "digits kept, separators folded");
	ok(strcmp(norm("北京 说"), "北京 说") == 0, "CJK letters kept");
	ok(strcmp(norm("*** --- !!!"), "") == 0, "no words: empty");
	ok(strcmp(norm("tab\there\u00a0nbsp"), "tab here nbsp") == 0,
	    "TAB and no-break space are separators");

	/* Keys. */
	key(&a, "China denied the accusations.");
	key(&b, "CHINA denied the “accusations”");
	ok(a.hlo == b.hlo && a.hhi == b.hhi, "same normal form, same hash");
	ok(dedup_similarity(&a, &b) == 1, "same normal form, similarity 1");
	ok(a.nshingle == 5, "four words make five bigram shingles (%zu)",
	    a.nshingle);
	key(&c, "Russia denied the accusations.");
	ok(a.hlo != c.hlo, "different text, different hash");
	sim = dedup_similarity(&a, &c);
	ok(sim > 0.2 && sim < 0.9, "one word of four changed: %.2f", sim);
	buf_reset(&nb);
	dedup_keyof(&c, "", 0, 1);
	ok(c.nshingle == 0, "empty text has no shingles");
	key(&c, "China denied the accusations.");
	buf_reset(&nb);
	dedup_norm(&nb, "China denied the accusations.", 29);
	dedup_keyof(&c, nb.p, nb.len, 0);
	ok(c.nshingle == 0 && c.hlo == a.hlo, "exact-only key: hash, no sig");

	/* Window: exact and near lookups, eviction. */
	d = dedup_new(2, 1, 0.6);
	ok(d != NULL, "window of two slots");
	ok(dedup_rows(d) >= 1 && 64 % dedup_rows(d) == 0, "rows %d divide 64",
	    dedup_rows(d));
	key(&a, "The United States accused China of hacking Microsoft "
	    "Exchange servers around the world, officials said on Monday.");
	ok(dedup_find(d, &a, NULL) == -1, "empty window finds nothing");
	s1 = dedup_add(d, &a);
	key(&b, "(Updated) The United States accused China of hacking "
	    "Microsoft Exchange servers around the world, officials said on "
	    "Monday.");
	ok(dedup_find(d, &b, &sim) == s1 && sim >= 0.6 && sim < 1,
	    "edited copy found as near duplicate (%.2f)", sim);
	key(&b, "the united states ACCUSED china of hacking microsoft "
	    "exchange servers around the world officials said on monday");
	ok(dedup_find(d, &b, &sim) == s1 && sim == 1, "exact after folding");
	key(&c, "Beijing rejected the accusations as groundless smears.");
	ok(dedup_find(d, &c, NULL) == -1, "different sentence not found");
	s2 = dedup_add(d, &c);
	ok(s2 != s1, "second slot");
	ok(dedup_slotbuf(d, s1) != dedup_slotbuf(d, s2), "one buffer a slot");
	key(&b, "A third sentence evicts the first one from the window.");
	dedup_add(d, &b);
	ok(dedup_find(d, &a, NULL) == -1, "oldest evicted when full (FIFO)");
	ok(dedup_find(d, &c, NULL) == s2, "second still there");
	ok(dedup_find(d, &b, NULL) == s1, "third reused the first slot");
	dedup_free(d);

	d = dedup_new(8, 0, 0.6);
	key(&a, "one two three four");
	key(&b, "one two three five");
	dedup_add(d, &a);
	ok(dedup_find(d, &b, NULL) == -1, "exact-only window: no near match");
	ok(dedup_find(d, &a, NULL) == 0, "exact-only window: exact match");
	dedup_free(d);

	/* Shingles and sets of them (document mode). */
	{
		uint64_t sh[16], set1[8], set2[8];
		size_t n;

		n = dedup_shingles("a b c", 5, sh);
		ok(n == 4, "three words, four shingles (%zu)", n);
		ok(dedup_shingles("", 0, sh) == 0, "no words, no shingles");
		ok(dedup_shingles("a", 1, sh) == 2, "one word, two shingles");
		set1[0] = 3; set1[1] = 1; set1[2] = 2; set1[3] = 1;
		set2[0] = 1; set2[1] = 2; set2[2] = 3;
		dedup_keyofset(&a, set1, 4, 1);
		dedup_keyofset(&b, set2, 3, 1);
		ok(a.hlo == b.hlo && a.hhi == b.hhi, "sets: order and repeats "
		    "do not matter");
		ok(a.nshingle == 3, "repeats removed (%zu)", a.nshingle);
		ok(dedup_similarity(&a, &b) == 1, "equal sets, similarity 1");
		set2[0] = 1; set2[1] = 2; set2[2] = 4;
		dedup_keyofset(&b, set2, 3, 1);
		sim = dedup_similarity(&a, &b);
		ok(a.hlo != b.hlo && sim > 0.1 && sim < 0.9,
		    "two of four shared: %.2f", sim);
	}

	ok(dedup_slotsize(1, 0.6) > dedup_slotsize(0, 0.6),
	    "near slots are larger");
	buf_free(&nb);
	return tap_done();
}
