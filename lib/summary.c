/*
 * summary: the stream at a glance. A key or value repeated within one
 * record counts once for it, as in grouped counts.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "esc.h"
#include "io.h"
#include "json.h"
#include "summary.h"
#include "table.h"

void
summary_init(struct summary *s)
{
	memset(s, 0, sizeof(*s));
	count_init(&s->keys);
	count_init(&s->vals);
}

void
summary_free(struct summary *s)
{
	count_free(&s->keys);
	count_free(&s->vals);
	buf_free(&s->tmp);
}

/* Returns whether the values of key are not tracked. */
static int
untracked(const char *key, size_t len)
{
	return len == sizeof(SUMMARY_UNTRACKED) - 1 &&
	    memcmp(key, SUMMARY_UNTRACKED, len) == 0;
}

/* Counts key once per record: mark holds the last record counted. */
static int
once(struct count *c, const char *key, size_t len, uint64_t serial)
{
	long id;

	if ((id = count_intern(c, key, len)) == -1)
		return -1;
	if (c->ent[id].mark != serial) {
		c->ent[id].mark = serial;
		c->ent[id].n++;
	}
	return 0;
}

int
summary_record(struct summary *s, const struct rec *r)
{
	uint64_t serial = ++s->records;
	size_t i;

	for (i = 0; i < r->nf; i++) {
		const struct field *f = &r->f[i];

		if (once(&s->keys, f->key, f->klen, serial) == -1)
			return -1;
		if (untracked(f->key, f->klen))
			continue;
		buf_reset(&s->tmp);
		if (buf_add(&s->tmp, f->key, f->klen) == -1 ||
		    buf_addc(&s->tmp, '\0') == -1 ||
		    buf_add(&s->tmp, f->val, f->vlen) == -1)
			return -1;
		if (once(&s->vals, s->tmp.p, s->tmp.len, serial) == -1)
			return -1;
	}
	return 0;
}

/* The per-key figures gathered from the value table. */
struct keysum {
	uint64_t	 nvals;
	size_t		 ntop;
	size_t		*top;		/* value ids, commonest first */
};

static int
gather(struct summary *s, struct keysum *ks, size_t ntop)
{
	size_t *ids, i, len;
	const char *k;
	long kid;

	if ((ids = count_sort(&s->vals, 0)) == NULL)
		return -1;
	for (i = 0; i < s->vals.nent; i++) {
		k = count_key(&s->vals, ids[i], &len);
		kid = count_intern(&s->keys, k, strlen(k));
		if (kid == -1) {
			free(ids);
			return -1;
		}
		ks[kid].nvals++;
		if (ks[kid].ntop < ntop)
			ks[kid].top[ks[kid].ntop++] = ids[i];
	}
	free(ids);
	return 0;
}

/* Appends the escaped value of value id (after "key NUL") to b. */
static int
value(struct buf *b, const struct summary *s, size_t id, int unesc)
{
	size_t len, kl;
	const char *k = count_key(&s->vals, id, &len);

	kl = strlen(k) + 1;
	if (!unesc)
		return buf_add(b, k + kl, len - kl);
	if (buf_grow(b, len - kl) == -1)
		return -1;
	b->len += esc_decode(b->p + b->len, k + kl, len - kl);
	b->p[b->len] = '\0';
	return 0;
}

static int
json(struct buf *b, struct summary *s, const struct keysum *ks,
    const size_t *kids)
{
	struct buf v = { 0 };
	size_t i, j, len;
	char num[96];
	int rc = -1;

	snprintf(num, sizeof(num), "{\"records\":%llu,\"keys\":[",
	    (unsigned long long)s->records);
	if (buf_adds(b, num) == -1)
		goto done;
	for (i = 0; i < s->keys.nent; i++) {
		const struct keysum *k = &ks[kids[i]];
		const char *key = count_key(&s->keys, kids[i], &len);
		int tracked = !untracked(key, len);

		if (buf_adds(b, i > 0 ? ",\n{\"key\":" : "\n{\"key\":") == -1 ||
		    json_put_string(b, key, len) == -1)
			goto done;
		snprintf(num, sizeof(num), ",\"records\":%llu,\"values\":",
		    (unsigned long long)s->keys.ent[kids[i]].n);
		if (buf_adds(b, num) == -1)
			goto done;
		if (!tracked) {
			if (buf_adds(b, "null,\"commonest\":null}") == -1)
				goto done;
			continue;
		}
		snprintf(num, sizeof(num), "%llu,\"commonest\":[",
		    (unsigned long long)k->nvals);
		if (buf_adds(b, num) == -1)
			goto done;
		for (j = 0; j < k->ntop; j++) {
			buf_reset(&v);
			if (value(&v, s, k->top[j], 1) == -1 ||
			    buf_adds(b, j > 0 ? ",[" : "[") == -1 ||
			    json_put_string(b, v.p, v.len) == -1)
				goto done;
			snprintf(num, sizeof(num), ",%llu]",
			    (unsigned long long)s->vals.ent[k->top[j]].n);
			if (buf_adds(b, num) == -1)
				goto done;
		}
		if (buf_adds(b, "]}") == -1)
			goto done;
	}
	rc = buf_adds(b, s->keys.nent > 0 ? "\n]}\n" : "]}\n");
done:
	buf_free(&v);
	return rc;
}

static int
fill(struct table *t, struct summary *s, const struct keysum *ks,
    const size_t *kids, int footer)
{
	struct buf v = { 0 };
	size_t i, j, len;
	char num[32];
	int rc = -1;

	if (table_cells(t, CELL_TEXT, "key") == -1 ||
	    table_cells(t, CELL_TEXT, "records") == -1 ||
	    table_cells(t, CELL_TEXT, "values") == -1 ||
	    table_cells(t, CELL_TEXT, "commonest") == -1)
		goto done;
	for (i = 0; i < s->keys.nent; i++) {
		const struct keysum *k = &ks[kids[i]];
		const char *key = count_key(&s->keys, kids[i], &len);
		int tracked = !untracked(key, len);

		if (table_cell(t, CELL_TEXT, key, len) == -1)
			goto done;
		snprintf(num, sizeof(num), "%llu",
		    (unsigned long long)s->keys.ent[kids[i]].n);
		if (table_cells(t, CELL_NUM, num) == -1)
			goto done;
		snprintf(num, sizeof(num), "%llu",
		    (unsigned long long)k->nvals);
		if (table_cells(t, CELL_NUM, tracked ? num : "") == -1)
			goto done;
		/* "CN 40, US 35": the values unescaped, the table escapes. */
		buf_reset(&v);
		for (j = 0; j < k->ntop; j++) {
			snprintf(num, sizeof(num), " %llu",
			    (unsigned long long)s->vals.ent[k->top[j]].n);
			if ((j > 0 && buf_adds(&v, ", ") == -1) ||
			    value(&v, s, k->top[j], 1) == -1 ||
			    buf_adds(&v, num) == -1)
				goto done;
		}
		if (table_cell(t, CELL_TEXT, v.p ? v.p : "", v.len) == -1)
			goto done;
	}
	if (footer) {
		table_set_footer(t);
		snprintf(num, sizeof(num), "%llu",
		    (unsigned long long)s->records);
		if (table_cells(t, CELL_TEXT, "total") == -1 ||
		    table_cells(t, CELL_NUM, num) == -1 ||
		    table_cells(t, CELL_TEXT, "") == -1 ||
		    table_cells(t, CELL_TEXT, "") == -1)
			goto done;
	}
	rc = 0;
done:
	buf_free(&v);
	return rc;
}

#define PFX	"ccstat."

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

/*
 * The partial form (man ccstat, "Partial counts"): the records, each
 * key's records, each value's records, sorted by key and value.
 */
static int
partial(struct summary *s)
{
	struct buf b = { 0 };
	size_t *kids = NULL, *vids = NULL, i, len, kl;
	const char *k;
	char num[64];
	int rc = -1;

	if ((kids = count_sort(&s->keys, 1)) == NULL ||
	    (vids = count_sort(&s->vals, 1)) == NULL)
		goto done;
	snprintf(num, sizeof(num), "%llu", (unsigned long long)s->records);
	if (buf_adds(&b, PFX "summary=yes") == -1 ||
	    rec_add(&b, PFX "total", num, strlen(num)) == -1 ||
	    buf_addc(&b, '\n') == -1)
		goto done;
	for (i = 0; i < s->keys.nent; i++) {
		k = count_key(&s->keys, kids[i], &len);
		snprintf(num, sizeof(num), "%llu",
		    (unsigned long long)s->keys.ent[kids[i]].n);
		if (buf_adds(&b, PFX "summary=yes") == -1 ||
		    rec_add_raw(&b, PFX "key", sizeof(PFX "key") - 1, k,
		    len) == -1 ||
		    rec_add(&b, PFX "count", num, strlen(num)) == -1 ||
		    buf_addc(&b, '\n') == -1 || flush(&b, 0) == -1)
			goto done;
	}
	/* "key NUL value" sorts by key, then value. */
	for (i = 0; i < s->vals.nent; i++) {
		k = count_key(&s->vals, vids[i], &len);
		kl = strlen(k);
		snprintf(num, sizeof(num), "%llu",
		    (unsigned long long)s->vals.ent[vids[i]].n);
		if (buf_adds(&b, PFX "summary=yes") == -1 ||
		    rec_add_raw(&b, PFX "key", sizeof(PFX "key") - 1, k,
		    kl) == -1 ||
		    rec_add_raw(&b, PFX "value", sizeof(PFX "value") - 1,
		    k + kl + 1, len - kl - 1) == -1 ||
		    rec_add(&b, PFX "count", num, strlen(num)) == -1 ||
		    buf_addc(&b, '\n') == -1 || flush(&b, 0) == -1)
			goto done;
	}
	rc = flush(&b, 1);
done:
	free(kids);
	free(vids);
	buf_free(&b);
	return rc;
}

int
summary_is_partial(const struct rec *r)
{
	return r->nf > 0 && rec_iskey(r, 0, PFX "summary");
}

/* Adds n to the count of key in c. Returns 0, -1, or -2 on overflow. */
static int
addn(struct count *c, const char *key, size_t len, uint64_t n)
{
	long id;

	if ((id = count_intern(c, key, len)) == -1)
		return -1;
	if (c->ent[id].n > UINT64_MAX - n)
		return -2;
	c->ent[id].n += n;
	return 0;
}

int
summary_merge(struct summary *s, const struct rec *r, char *err,
    size_t errsz)
{
	const struct field *f = &r->f[r->nf - 1];
	char vis[64];
	uint64_t n;
	int rc;

	if (!summary_is_partial(r) || r->nf < 2 || r->nf > 4 ||
	    !rec_iskey(r, r->nf - 1, r->nf == 2 ? PFX "total" :
	    PFX "count") ||
	    (r->nf > 2 && !rec_iskey(r, 1, PFX "key")) ||
	    (r->nf > 3 && !rec_iskey(r, 2, PFX "value"))) {
		snprintf(err, errsz, "not a partial count of a summary");
		return -2;
	}
	if (count_parse(f->val, f->vlen, &n) == -1) {
		snprintf(err, errsz, "bad count \"%s\" in field %zu",
		    diag_vis(vis, sizeof(vis), f->val, f->vlen), r->nf);
		return -2;
	}
	if (r->nf == 2) {
		rc = s->records > UINT64_MAX - n ? -2 : 0;
		s->records += rc == 0 ? n : 0;
	} else if (!rec_key_valid(r->f[1].val, r->f[1].vlen)) {
		snprintf(err, errsz, "bad key in ccstat.key");
		return -2;
	} else if (r->nf == 3)
		rc = addn(&s->keys, r->f[1].val, r->f[1].vlen, n);
	else {
		buf_reset(&s->tmp);
		if (buf_add(&s->tmp, r->f[1].val, r->f[1].vlen) == -1 ||
		    buf_addc(&s->tmp, '\0') == -1 ||
		    buf_add(&s->tmp, r->f[2].val, r->f[2].vlen) == -1)
			return -1;
		rc = addn(&s->vals, s->tmp.p, s->tmp.len, n);
	}
	if (rc == -2)
		snprintf(err, errsz, "count overflow in field %zu", r->nf);
	return rc;
}

int
summary_write(struct summary *s, enum report_fmt fmt, size_t ntop)
{
	struct keysum *ks;
	struct table t;
	struct buf b = { 0 };
	size_t *kids = NULL, *tops = NULL, i, nk = s->keys.nent;
	int rc = -1;

	table_init(&t, 4);
	ks = calloc(nk + 1, sizeof(*ks));
	tops = reallocarray(NULL, (nk + 1) * (ntop + 1), sizeof(*tops));
	if (ks == NULL || tops == NULL)
		goto done;
	for (i = 0; i < nk; i++)
		ks[i].top = tops + i * ntop;
	if (fmt == REPORT_REC) {
		rc = partial(s);
		goto done;
	}
	if (gather(s, ks, ntop) == -1 ||
	    (kids = count_sort(&s->keys, 1)) == NULL)
		goto done;
	switch (fmt) {
	case REPORT_JSON:
		rc = json(&b, s, ks, kids);
		break;
	case REPORT_TABLE:
	case REPORT_MD:
		if ((rc = fill(&t, s, ks, kids, 1)) == 0)
			rc = table_render(&t, fmt == REPORT_MD ? TABLE_MD :
			    TABLE_ALIGNED, &b);
		break;
	default:
		if ((rc = fill(&t, s, ks, kids, 0)) == 0)
			rc = table_render(&t, fmt == REPORT_CSV ? TABLE_CSV :
			    TABLE_TSV, &b);
		break;
	}
	if (rc == 0 && b.len > 0)
		rc = io_write(b.p, b.len);
done:
	free(ks);
	free(tops);
	free(kids);
	table_free(&t);
	buf_free(&b);
	return rc;
}
