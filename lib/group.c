/*
 * group: grouping records and reading and writing partial counts.
 *
 * A partial count is a record (man ccstat, "Partial counts"):
 *
 *	ccstat.by=KEYS [ccstat.distinct=KEY] [ccstat.absent=yes]
 *	    then ccstat.total=N, or the group's fields and ccstat.count=N
 *	    (records) or ccstat.value=V (one distinct value of the group)
 *
 * Distinct counts travel as their (group, value) pairs, since only the
 * union of the sets, not the sum of their sizes, is exact.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "group.h"
#include "io.h"

#define PFX	"ccstat."
#define PFXLEN	(sizeof(PFX) - 1)

/* Builds the leading fields every partial line of this counting has. */
static int
header(struct group *g)
{
	size_t i;

	buf_reset(&g->hdr);
	if (buf_adds(&g->hdr, PFX "by=") == -1)
		return -1;
	for (i = 0; i < g->nkeys; i++)
		if ((i > 0 && buf_addc(&g->hdr, ',') == -1) ||
		    buf_add(&g->hdr, g->key[i], g->klen[i]) == -1)
			return -1;
	if (g->of != NULL && (buf_adds(&g->hdr, "\t" PFX "distinct=") == -1 ||
	    buf_add(&g->hdr, g->of, g->oflen) == -1))
		return -1;
	if (g->absent && buf_adds(&g->hdr, "\t" PFX "absent=yes") == -1)
		return -1;
	return 0;
}

void
group_init(struct group *g, size_t nkeys, char **keys, char *of, int absent)
{
	size_t i;

	memset(g, 0, sizeof(*g));
	g->nkeys = nkeys;
	for (i = 0; i < nkeys; i++) {
		g->key[i] = keys[i];
		g->klen[i] = strlen(keys[i]);
	}
	g->of = of;
	g->oflen = of != NULL ? strlen(of) : 0;
	g->absent = absent;
	count_init(&g->groups);
	count_init(&g->vals);
	pairset_init(&g->pairs);
}

void
group_free(struct group *g)
{
	count_free(&g->groups);
	count_free(&g->vals);
	pairset_free(&g->pairs);
	free(g->pos);
	buf_free(&g->gkey);
	buf_free(&g->hdr);
	if (g->merging) {
		free(g->key[0]);
		free(g->of);
	}
}

uint64_t
group_total(const struct group *g)
{
	return g->of != NULL ? g->vals.nent : g->records;
}

/*
 * Up to LINEAR_MAX values of one key in a record, a repeated value is
 * found by a linear scan, which is fastest for the few values news
 * records carry; past it, the key's values are sorted and repeats
 * dropped, so that a record with n values costs n log n, not n * n.
 */
#define LINEAR_MAX	16

/*
 * Appends field i to the value list l (*n long) unless its value is
 * there already.
 */
static void
addval(const struct rec *r, size_t i, size_t *l, size_t *n)
{
	const struct field *f = &r->f[i];
	size_t k;

	for (k = 0; k < *n; k++)
		if (r->f[l[k]].vlen == f->vlen &&
		    memcmp(r->f[l[k]].val, f->val, f->vlen) == 0)
			return;
	l[(*n)++] = i;
}

static int
cmpval(const void *a, const void *b, void *arg)
{
	const struct rec *r = arg;
	const struct field *x = &r->f[*(const size_t *)a];
	const struct field *y = &r->f[*(const size_t *)b];
	int c;

	if (x->vlen != y->vlen)
		return x->vlen < y->vlen ? -1 : 1;
	if ((c = memcmp(x->val, y->val, x->vlen)) != 0)
		return c;
	/* Equal values keep field order: the first one stays. */
	return *(const size_t *)a < *(const size_t *)b ? -1 : 1;
}

/* Drops repeated values from the list l of n fields; returns its length. */
static size_t
uniqvals(const struct rec *r, size_t *l, size_t n)
{
	size_t i, m = 1;

	qsort_r(l, n, sizeof(*l), cmpval, (void *)(uintptr_t)r);
	for (i = 1; i < n; i++) {
		const struct field *x = &r->f[l[m - 1]], *y = &r->f[l[i]];

		if (x->vlen != y->vlen || memcmp(x->val, y->val, x->vlen) != 0)
			l[m++] = l[i];
	}
	return m;
}

/*
 * Counts one group of the cross product: the group whose key is in
 * g->gkey, with the value ids vid[0..nvid) in distinct mode.
 */
static int
count_one(struct group *g, const uint32_t *vid, size_t nvid)
{
	long id;
	size_t k;
	int rc;

	if ((id = count_intern(&g->groups, g->gkey.p, g->gkey.len)) == -1)
		return -1;
	if (g->of == NULL) {
		g->groups.ent[id].n++;
		return 0;
	}
	for (k = 0; k < nvid; k++) {
		if ((rc = pairset_add(&g->pairs, (uint32_t)id, vid[k])) == -1)
			return -1;
		g->groups.ent[id].n += (uint64_t)rc;
	}
	return 0;
}

int
group_record(struct group *g, const struct rec *r)
{
	size_t start[GROUP_MAXKEYS + 1], cnt[GROUP_MAXKEYS + 1];
	size_t at[GROUP_MAXKEYS], i, j, k, used = 0, nf = r->nf;
	uint32_t vidbuf[64], *vid = vidbuf;
	size_t nkeys = g->nkeys + (g->of != NULL);
	int rc = -1;

	if (g->poscap < nf * nkeys) {
		size_t *p;

		if ((p = reallocarray(g->pos, nf * nkeys, sizeof(*p))) == NULL)
			return -1;
		g->pos = p;
		g->poscap = nf * nkeys;
	}
	/* The values of each key, then of the distinct key, in the record. */
	for (k = 0; k < nkeys; k++) {
		const char *key = k < g->nkeys ? g->key[k] : g->of;
		size_t klen = k < g->nkeys ? g->klen[k] : g->oflen;

		start[k] = used;
		cnt[k] = 0;
		for (i = 0; i < nf; i++) {
			if (r->f[i].klen != klen || r->f[i].key[0] != key[0] ||
			    memcmp(r->f[i].key, key, klen) != 0)
				continue;
			if (cnt[k] < LINEAR_MAX)
				addval(r, i, g->pos + used, &cnt[k]);
			else
				g->pos[used + cnt[k]++] = i;
		}
		if (cnt[k] > LINEAR_MAX)
			cnt[k] = uniqvals(r, g->pos + used, cnt[k]);
		used += cnt[k];
		if (cnt[k] == 0 && (k == g->nkeys || !g->absent))
			return 0;
	}
	if (g->of != NULL) {
		size_t n = cnt[g->nkeys];

		if (n > sizeof(vidbuf) / sizeof(vidbuf[0]) &&
		    (vid = reallocarray(NULL, n, sizeof(*vid))) == NULL)
			return -1;
		for (j = 0; j < n; j++) {
			const struct field *f;
			long id;

			f = &r->f[g->pos[start[g->nkeys] + j]];
			id = count_intern(&g->vals, f->val, f->vlen);
			if (id == -1)
				goto done;
			vid[j] = (uint32_t)id;
		}
	}
	/* The longest group key: every value's longest, plus two bytes. */
	for (k = 0, j = 0; k < g->nkeys; k++) {
		size_t m = 0;

		for (i = 0; i < cnt[k]; i++)
			if (r->f[g->pos[start[k] + i]].vlen > m)
				m = r->f[g->pos[start[k] + i]].vlen;
		j += m + 2;
	}
	buf_reset(&g->gkey);
	if (buf_grow(&g->gkey, j) == -1)
		goto done;
	/* The cross product, as an odometer over the keys' value lists. */
	memset(at, 0, sizeof(at));
	for (;;) {
		char *p = g->gkey.p;

		for (k = 0; k < g->nkeys; k++) {
			const struct field *f;

			if (cnt[k] == 0) {
				*p++ = GROUP_ABSENT;
				continue;
			}
			f = &r->f[g->pos[start[k] + at[k]]];
			*p++ = GROUP_PRESENT;
			memcpy(p, f->val, f->vlen);
			p += f->vlen;
			*p++ = '\0';
		}
		g->gkey.len = (size_t)(p - g->gkey.p);
		if (count_one(g, vid, g->of != NULL ? cnt[g->nkeys] : 0) == -1)
			goto done;
		for (k = g->nkeys; k-- > 0; ) {
			if (++at[k] < cnt[k])
				break;
			at[k] = 0;
		}
		if (k == (size_t)-1)
			break;
	}
	g->records++;
	rc = 0;
done:
	if (vid != vidbuf)
		free(vid);
	return rc;
}

void
group_values(const struct group *g, size_t id, const char **val, size_t *len)
{
	size_t n, k;
	const char *p = count_key(&g->groups, id, &n), *q;

	for (k = 0; k < g->nkeys; k++) {
		if (*p++ == GROUP_ABSENT) {
			val[k] = NULL;
			len[k] = 0;
			continue;
		}
		q = memchr(p, '\0', n);
		val[k] = p;
		len[k] = (size_t)(q - p);
		p = q + 1;
	}
}

/* Sets up the counting from the first partial's leading fields. */
static int
from_partial(struct group *g, const struct rec *r, size_t *nlead, char *err,
    size_t errsz)
{
	const struct field *f = &r->f[0];
	char *by, *p;
	size_t i = 1;

	if ((by = strndup(f->val, f->vlen)) == NULL)
		return -1;
	g->key[0] = by;
	g->merging = 1;
	for (p = by; g->nkeys < GROUP_MAXKEYS; p++) {
		char *q = strchrnul(p, ',');

		g->key[g->nkeys] = p;
		g->klen[g->nkeys++] = (size_t)(q - p);
		if (!rec_key_valid(p, (size_t)(q - p))) {
			snprintf(err, errsz, "bad key list in ccstat.by");
			return -2;
		}
		if (*q == '\0')
			break;
		*q = '\0';
		p = q;
	}
	if (i < r->nf && rec_iskey(r, i, PFX "distinct")) {
		if ((g->of = strndup(r->f[i].val, r->f[i].vlen)) == NULL)
			return -1;
		g->oflen = r->f[i].vlen;
		i++;
	}
	if (i < r->nf && rec_iskey(r, i, PFX "absent")) {
		g->absent = 1;
		i++;
	}
	*nlead = i;
	return header(g);
}

int
group_merge(struct group *g, const struct rec *r, char *err, size_t errsz)
{
	const struct field *f;
	size_t lead = 1, i, k, hl;
	char vis[64];
	uint32_t vid;
	uint64_t n;
	long id;
	int rc;

	if (r->nf < 2 || !rec_iskey(r, 0, PFX "by")) {
		snprintf(err, errsz, "not a partial count (no ccstat.by "
		    "field first)");
		return -2;
	}
	if (!g->merging && (rc = from_partial(g, r, &lead, err, errsz)) != 0)
		return rc;
	/* Every line must say the same: the same keys, the same counting. */
	for (lead = 1; lead < r->nf && (rec_iskey(r, lead, PFX "distinct") ||
	    rec_iskey(r, lead, PFX "absent")); lead++)
		;
	f = &r->f[lead - 1];
	hl = (size_t)(f->val + f->vlen - r->line);
	if (hl != g->hdr.len || memcmp(r->line, g->hdr.p, hl) != 0) {
		snprintf(err, errsz, "partial count of another kind "
		    "(want \"%s\")", diag_vis(vis, sizeof(vis), g->hdr.p,
		    g->hdr.len));
		return -2;
	}
	if (lead == r->nf) {
		snprintf(err, errsz, "partial count without a count");
		return -2;
	}
	f = &r->f[r->nf - 1];
	i = r->nf - 1;
	if (rec_iskey(r, i, PFX "total")) {
		if (r->nf != lead + 1)
			goto bad;
		if (count_parse(f->val, f->vlen, &n) == -1)
			goto badcount;
		if (g->of == NULL) {
			if (g->records > UINT64_MAX - n)
				goto overflow;
			g->records += n;
		}
		return 0;
	}
	buf_reset(&g->gkey);
	for (i = lead, k = 0; k < g->nkeys; k++) {
		if (i < r->nf - 1 && r->f[i].klen == g->klen[k] &&
		    memcmp(r->f[i].key, g->key[k], g->klen[k]) == 0) {
			f = &r->f[i];
			if (buf_addc(&g->gkey, GROUP_PRESENT) == -1 ||
			    buf_add(&g->gkey, f->val, f->vlen) == -1 ||
			    buf_addc(&g->gkey, '\0') == -1)
				return -1;
			i++;
		} else if (!g->absent)
			goto bad;
		else if (buf_addc(&g->gkey, GROUP_ABSENT) == -1)
			return -1;
	}
	f = &r->f[r->nf - 1];
	if (i != r->nf - 1 ||
	    !rec_iskey(r, i, g->of == NULL ? PFX "count" : PFX "value"))
		goto bad;
	if (g->of == NULL) {
		if (count_parse(f->val, f->vlen, &n) == -1)
			goto badcount;
		if ((id = count_intern(&g->groups, g->gkey.p, g->gkey.len))
		    == -1)
			return -1;
		if (g->groups.ent[id].n > UINT64_MAX - n)
			goto overflow;
		g->groups.ent[id].n += n;
		return 0;
	}
	if ((id = count_intern(&g->vals, f->val, f->vlen)) == -1)
		return -1;
	vid = (uint32_t)id;
	return count_one(g, &vid, 1);
badcount:
	snprintf(err, errsz, "bad count \"%s\" in field %zu",
	    diag_vis(vis, sizeof(vis), f->val, f->vlen), r->nf);
	return -2;
overflow:
	snprintf(err, errsz, "count overflow in field %zu", r->nf);
	return -2;
bad:
	snprintf(err, errsz, "unexpected field %zu \"%s\" in a partial count",
	    i + 1, diag_vis(vis, sizeof(vis), r->f[i].key, r->f[i].klen));
	return -2;
}

/* qsort has no context argument in C11: the sort state rides in statics. */
static const struct group *psort_g;
static const size_t *psort_rank;

static int
paircmp(const void *pa, const void *pb)
{
	uint64_t a = *(const uint64_t *)pa - 1, b = *(const uint64_t *)pb - 1;
	size_t ra = psort_rank[a >> 32], rb = psort_rank[b >> 32], la, lb, n;
	const char *va, *vb;
	int d;

	if (ra != rb)
		return ra < rb ? -1 : 1;
	va = count_key(&psort_g->vals, (uint32_t)a, &la);
	vb = count_key(&psort_g->vals, (uint32_t)b, &lb);
	n = la < lb ? la : lb;
	if ((d = memcmp(va, vb, n)) != 0)
		return d;
	return (la > lb) - (la < lb);
}

/* Appends the leading fields and the fields of group id to b. */
static int
group_line(struct group *g, size_t id, struct buf *b)
{
	const char *val[GROUP_MAXKEYS];
	size_t len[GROUP_MAXKEYS], k;

	if (buf_add(b, g->hdr.p, g->hdr.len) == -1)
		return -1;
	group_values(g, id, val, len);
	for (k = 0; k < g->nkeys; k++)
		if (val[k] != NULL &&
		    rec_add_raw(b, g->key[k], g->klen[k], val[k], len[k]) == -1)
			return -1;
	return 0;
}

/* Writes b out once it holds enough, or at the end (force). */
static int
flush(struct buf *b, int force)
{
	if (!force && b->len < (64 << 10))
		return 0;
	if (io_write(b->p, b->len) == -1)
		return -1;
	buf_reset(b);
	return 0;
}

int
group_write_partial(struct group *g)
{
	struct buf b = { 0 };
	size_t *ids = NULL, *rank = NULL, i, np = 0;
	uint64_t *pairs = NULL;
	char num[32];
	int rc = -1;

	if (!g->merging && header(g) == -1)
		return -1;
	if ((ids = count_sort(&g->groups, 1)) == NULL)
		goto done;
	snprintf(num, sizeof(num), "%llu",
	    (unsigned long long)group_total(g));
	if (buf_add(&b, g->hdr.p, g->hdr.len) == -1 ||
	    rec_add(&b, PFX "total", num, strlen(num)) == -1 ||
	    buf_addc(&b, '\n') == -1)
		goto done;
	if (g->of == NULL) {
		for (i = 0; i < g->groups.nent; i++) {
			snprintf(num, sizeof(num), "%llu",
			    (unsigned long long)g->groups.ent[ids[i]].n);
			if (group_line(g, ids[i], &b) == -1 ||
			    rec_add(&b, PFX "count", num, strlen(num)) == -1 ||
			    buf_addc(&b, '\n') == -1 || flush(&b, 0) == -1)
				goto done;
		}
		rc = flush(&b, 1);
		goto done;
	}
	/* Distinct values: the pairs, by group then by value. */
	rank = reallocarray(NULL, g->groups.nent + 1, sizeof(*rank));
	pairs = reallocarray(NULL, g->pairs.n + 1, sizeof(*pairs));
	if (rank == NULL || pairs == NULL)
		goto done;
	for (i = 0; i < g->groups.nent; i++)
		rank[ids[i]] = i;
	for (i = 0; i < g->pairs.nslot; i++)
		if (g->pairs.slot[i] != 0)
			pairs[np++] = g->pairs.slot[i];
	psort_g = g;
	psort_rank = rank;
	qsort(pairs, np, sizeof(*pairs), paircmp);
	for (i = 0; i < np; i++) {
		uint64_t p = pairs[i] - 1;
		const char *v;
		size_t vlen;

		v = count_key(&g->vals, (uint32_t)p, &vlen);
		if (group_line(g, (size_t)(p >> 32), &b) == -1 ||
		    rec_add_raw(&b, PFX "value", sizeof(PFX "value") - 1,
		    v, vlen) == -1 || buf_addc(&b, '\n') == -1 ||
		    flush(&b, 0) == -1)
			goto done;
	}
	rc = flush(&b, 1);
done:
	free(ids);
	free(rank);
	free(pairs);
	buf_free(&b);
	return rc;
}
