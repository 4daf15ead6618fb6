/*
 * t-count: the group table (interning, counts, sorting, growth past
 * 100,000 groups) and the pair set; report_share and report_bar.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "count.h"
#include "report.h"
#include "tap.h"

int
main(void)
{
	struct count c;
	struct pairset p;
	struct buf b = { 0 };
	char key[32], share[24];
	size_t *ids, len, i;
	const char *k;
	long a, id;
	int good;

	count_init(&c);
	a = count_add(&c, "CN", 2, 1);
	ok(a == 0, "first group has id 0");
	a = count_add(&c, "US", 2, 5);
	ok(a == 1, "second group id 1");
	a = count_add(&c, "CN", 2, 4);
	ok(a == 0, "same key same id");
	ok(c.ent[0].n == 5, "counts add");
	a = count_add(&c, "C", 1, 5);
	ok(a == 2, "a prefix is another key");
	a = count_add(&c, "", 0, 1);
	ok(a == 3, "the empty key is a key");
	ids = count_sort(&c, 0);
	k = count_key(&c, ids[0], &len);
	is_mem(k, len, "C", "by count: ties by key, shorter first");
	k = count_key(&c, ids[1], &len);
	is_mem(k, len, "CN", "then CN");
	k = count_key(&c, ids[3], &len);
	is_mem(k, len, "", "the smallest count last");
	free(ids);
	ids = count_sort(&c, 1);
	k = count_key(&c, ids[0], &len);
	is_mem(k, len, "", "by key: empty first");
	k = count_key(&c, ids[3], &len);
	is_mem(k, len, "US", "by key: US last");
	free(ids);
	count_free(&c);

	/* Growth: 100,000 groups, each found again. */
	count_init(&c);
	for (i = 0; i < 100000; i++) {
		snprintf(key, sizeof(key), "v%zu", i);
		count_add(&c, key, strlen(key), 1);
	}
	good = c.nent == 100000;
	for (i = 0; i < 100000 && good; i++) {
		snprintf(key, sizeof(key), "v%zu", i);
		id = count_add(&c, key, strlen(key), 1);
		good = id == (long)i && c.ent[id].n == 2;
	}
	ok(good, "100,000 groups interned and found again");
	count_free(&c);

	pairset_init(&p);
	a = pairset_add(&p, 1, 2);
	ok(a == 1, "a new pair");
	a = pairset_add(&p, 1, 2);
	ok(a == 0, "the same pair again");
	a = pairset_add(&p, 2, 1);
	ok(a == 1, "the pair reversed is another");
	a = pairset_add(&p, 0, 0);
	ok(a == 1, "pair (0, 0)");
	good = 1;
	for (i = 0; i < 50000; i++)
		good &= pairset_add(&p, (uint32_t)i, (uint32_t)(i * 7)) ==
		    (i == 0 ? 0 : 1);
	for (i = 0; i < 50000; i++)
		good &= pairset_add(&p, (uint32_t)i, (uint32_t)(i * 7)) == 0;
	ok(good && p.n == 50002, "50,000 pairs, each once");
	pairset_free(&p);

	report_share(share, 1, 3);
	is_mem(share, strlen(share), "33.3", "1/3");
	report_share(share, 2, 3);
	is_mem(share, strlen(share), "66.7", "2/3");
	report_share(share, 1, 8);
	is_mem(share, strlen(share), "12.5", "1/8");
	report_share(share, 1, 16);
	is_mem(share, strlen(share), "6.3",
	    "1/16 rounds half up");
	report_share(share, 5, 5);
	is_mem(share, strlen(share), "100.0", "all");
	report_share(share, 0, 0);
	is_mem(share, strlen(share), "0.0", "no total");
	report_share(share, 3, 2);
	is_mem(share, strlen(share), "150.0",
	    "past 100 with multi-valued keys");

	report_bar(&b, 10, 10, 4);
	is_mem(b.p, b.len, "████", "full bar");
	buf_reset(&b);
	report_bar(&b, 5, 10, 3);
	is_mem(b.p, b.len, "█▌", "one and a half");
	buf_reset(&b);
	report_bar(&b, 1, 10, 4);
	is_mem(b.p, b.len, "▍", "3/8 (0.4 of 4 is 3.2 eighths)");
	buf_reset(&b);
	report_bar(&b, 0, 10, 4);
	ok(b.len == 0, "zero is no bar");
	buf_free(&b);
	return tap_done();
}
