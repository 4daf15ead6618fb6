/*
 * report: writing ccstat's counts. Every format is made from the same
 * sorted group ids, so a merged count, with equal numbers, gives the same
 * bytes as a single run in every format.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "esc.h"
#include "io.h"
#include "json.h"
#include "report.h"
#include "table.h"
#include "utf.h"

static const char *fmtname[] = {
	[REPORT_TABLE] = "table", [REPORT_TSV] = "tsv", [REPORT_CSV] = "csv",
	[REPORT_JSON] = "json", [REPORT_MD] = "md", [REPORT_BAR] = "bar",
	[REPORT_DOT] = "dot", [REPORT_REC] = "rec",
};

int
report_fmt(const char *name, enum report_fmt *fmt)
{
	size_t i;

	for (i = 0; i < sizeof(fmtname) / sizeof(fmtname[0]); i++)
		if (strcmp(name, fmtname[i]) == 0) {
			*fmt = (enum report_fmt)i;
			return 0;
		}
	return -1;
}

char *
report_share(char *dst, uint64_t count, uint64_t total)
{
	unsigned __int128 t;

	/* Integer arithmetic: the same numbers always print the same. */
	t = total == 0 ? 0 : ((unsigned __int128)count * 1000 + total / 2) /
	    total;
	snprintf(dst, 24, "%llu.%u", (unsigned long long)(t / 10),
	    (unsigned)(t % 10));
	return dst;
}

int
report_bar(struct buf *b, uint64_t value, uint64_t max, size_t width)
{
	/* U+2588 full block, then U+258F (one eighth) to U+2589 (7/8). */
	static const char *eighth[8] = { "", "\u258f", "\u258e", "\u258d",
	    "\u258c", "\u258b", "\u258a", "\u2589" };
	unsigned __int128 u;
	size_t i;

	if (max == 0)
		return 0;
	u = ((unsigned __int128)value * width * 8 * 2 + max) / (2 * max);
	for (i = 0; i < (size_t)(u / 8); i++)
		if (buf_adds(b, "\u2588") == -1)
			return -1;
	return buf_adds(b, eighth[u % 8]);
}

/* Appends the unescaped raw value to b. Returns 0 or -1. */
static int
unescaped(struct buf *b, const char *raw, size_t len)
{
	if (buf_grow(b, len) == -1)
		return -1;
	b->len += esc_decode(b->p + b->len, raw, len);
	b->p[b->len] = '\0';
	return 0;
}

static size_t
nshown(const struct group *g, const struct report_opts *o)
{
	return o->top != 0 && o->top < g->groups.nent ? o->top :
	    g->groups.nent;
}

/*
 * Fills t with the header, a row per shown group and, when footer is
 * set, the total.
 */
static int
fill(struct table *t, const struct group *g, const size_t *ids, size_t n,
    int pct, int footer)
{
	const char *val[GROUP_MAXKEYS];
	size_t len[GROUP_MAXKEYS], i, k;
	struct buf v = { 0 };
	char num[32], share[32];
	uint64_t total = group_total(g);
	int rc = -1;

	for (k = 0; k < g->nkeys; k++)
		if (table_cell(t, CELL_TEXT, g->key[k], g->klen[k]) == -1)
			goto done;
	if (table_cells(t, CELL_TEXT, "count") == -1 ||
	    table_cells(t, CELL_TEXT, "share") == -1)
		goto done;
	for (i = 0; i <= n; i++) {
		uint64_t cnt;

		if (i == n) {
			if (!footer)
				break;
			table_set_footer(t);
			for (k = 0; k < g->nkeys; k++)
				if (table_cells(t, CELL_TEXT,
				    k == 0 ? "total" : "") == -1)
					goto done;
			cnt = total;
		} else {
			group_values(g, ids[i], val, len);
			for (k = 0; k < g->nkeys; k++) {
				buf_reset(&v);
				if (val[k] != NULL &&
				    unescaped(&v, val[k], len[k]) == -1)
					goto done;
				if (table_cell(t, val[k] == NULL ? CELL_NONE :
				    CELL_TEXT, v.p ? v.p : "", v.len) == -1)
					goto done;
			}
			cnt = g->groups.ent[ids[i]].n;
		}
		snprintf(num, sizeof(num), "%llu", (unsigned long long)cnt);
		report_share(share, cnt, total);
		if (pct)
			strlcat(share, "%", sizeof(share));
		if (table_cells(t, CELL_NUM, num) == -1 ||
		    table_cells(t, CELL_NUM, share) == -1)
			goto done;
	}
	rc = 0;
done:
	buf_free(&v);
	return rc;
}

static int
json(struct buf *b, const struct group *g, const size_t *ids, size_t n)
{
	const char *val[GROUP_MAXKEYS];
	size_t len[GROUP_MAXKEYS], i, k;
	struct buf v = { 0 };
	char num[64];
	int rc = -1;

	if (buf_adds(b, "{\"by\":[") == -1)
		goto done;
	for (k = 0; k < g->nkeys; k++)
		if ((k > 0 && buf_addc(b, ',') == -1) ||
		    json_put_string(b, g->key[k], g->klen[k]) == -1)
			goto done;
	if (buf_adds(b, "],\"distinct\":") == -1 ||
	    (g->of == NULL ? buf_adds(b, "null") :
	    json_put_string(b, g->of, g->oflen)) == -1)
		goto done;
	snprintf(num, sizeof(num), ",\"total\":%llu,\"groups\":[",
	    (unsigned long long)group_total(g));
	if (buf_adds(b, num) == -1)
		goto done;
	for (i = 0; i < n; i++) {
		char share[24];
		uint64_t cnt = g->groups.ent[ids[i]].n;

		if (buf_adds(b, i > 0 ? ",\n{" : "\n{") == -1)
			goto done;
		group_values(g, ids[i], val, len);
		for (k = 0; k < g->nkeys; k++) {
			if (json_put_string(b, g->key[k], g->klen[k]) == -1 ||
			    buf_addc(b, ':') == -1)
				goto done;
			buf_reset(&v);
			if (val[k] == NULL) {
				if (buf_adds(b, "null,") == -1)
					goto done;
				continue;
			}
			if (unescaped(&v, val[k], len[k]) == -1 ||
			    json_put_string(b, v.p, v.len) == -1 ||
			    buf_addc(b, ',') == -1)
				goto done;
		}
		snprintf(num, sizeof(num), "\"count\":%llu,\"share\":%s}",
		    (unsigned long long)cnt,
		    report_share(share, cnt, group_total(g)));
		if (buf_adds(b, num) == -1)
			goto done;
	}
	rc = buf_adds(b, n > 0 ? "\n]}\n" : "]}\n");
done:
	buf_free(&v);
	return rc;
}

static int
bars(struct buf *b, const struct group *g, const size_t *ids, size_t n,
    size_t width)
{
	struct table t;
	struct buf lines = { 0 };
	size_t i = 0, w, barw;
	uint64_t max = 0;
	char *p, *nl;
	int rc = -1;

	table_init(&t, g->nkeys + 2);
	if (fill(&t, g, ids, n, 1, 0) == -1 ||
	    table_render(&t, TABLE_ALIGNED, &lines) == -1)
		goto done;
	/* The share column is right aligned: every line is as wide. */
	nl = memchr(lines.p, '\n', lines.len);
	w = utf_width(lines.p, (size_t)(nl - lines.p));
	barw = width > w + 2 + 10 ? width - w - 2 : 10;
	for (i = 0; i < n; i++)
		if (g->groups.ent[ids[i]].n > max)
			max = g->groups.ent[ids[i]].n;
	for (p = lines.p, i = 0; p < lines.p + lines.len; p = nl + 1, i++) {
		nl = memchr(p, '\n', lines.len - (size_t)(p - lines.p));
		if (buf_add(b, p, (size_t)(nl - p)) == -1)
			goto done;
		if (i > 0 && (buf_adds(b, "  ") == -1 || report_bar(b,
		    g->groups.ent[ids[i - 1]].n, max, barw) == -1))
			goto done;
		if (buf_addc(b, '\n') == -1)
			goto done;
	}
	rc = 0;
done:
	table_free(&t);
	buf_free(&lines);
	return rc;
}

/* Appends s as a DOT quoted string. */
static int
dotstr(struct buf *b, const char *s, size_t len)
{
	size_t i;

	if (buf_addc(b, '"') == -1)
		return -1;
	for (i = 0; i < len; i++) {
		if ((s[i] == '"' || s[i] == '\\') && buf_addc(b, '\\') == -1)
			return -1;
		if (s[i] == '\n') {
			if (buf_adds(b, "\\n") == -1)
				return -1;
		} else if (buf_addc(b, s[i]) == -1)
			return -1;
	}
	return buf_addc(b, '"');
}

/* How each event's edges look: DESIGN.md section 3's events. */
static const struct {
	const char *event, *attr;
} dotstyle[] = {
	{ "accuse",	"color=\"#d62728\"" },
	{ "charge",	"color=\"#8c564b\", style=bold" },
	{ "demand",	"color=\"#2ca02c\"" },
	{ "denounce",	"color=\"#ff7f0e\"" },
	{ "deny",	"color=\"#1f77b4\", style=dashed" },
	{ "sanction",	"color=\"#9467bd\", style=bold" },
	{ "threaten",	"color=\"#000000\"" },
	{ "victim",	"color=\"#7f7f7f\", style=dotted" },
};

/*
 * Splits an unescaped act "EVENT:FROM>TO" into its parts. Returns 0, or
 * -1 when it is not of that form.
 */
static int
act_split(const char *s, size_t len, size_t *colon, size_t *gt)
{
	const char *c = memchr(s, ':', len), *g;

	if (c == NULL || c == s)
		return -1;
	if ((g = memchr(c, '>', len - (size_t)(c - s))) == NULL)
		return -1;
	*colon = (size_t)(c - s);
	*gt = (size_t)(g - s);
	return 0;
}

/* A party's node name: an empty side is the unnamed party "?". */
static int
party(struct buf *b, const char *s, size_t len)
{
	return len == 0 ? dotstr(b, "?", 1) : dotstr(b, s, len);
}

static int
dot(struct buf *b, const struct group *g, const size_t *ids, size_t n)
{
	struct count nodes;
	struct buf v = { 0 };
	size_t i, k, colon, gt, *nid = NULL, nbad = 0;
	uint64_t max = 0;
	int rc = -1;

	count_init(&nodes);
	/* First the nodes, sorted by name, so the file is stable. */
	for (i = 0; i < n; i++) {
		const char *val;
		size_t len;

		group_values(g, ids[i], &val, &len);
		buf_reset(&v);
		if (val == NULL || unescaped(&v, val, len) == -1 ||
		    act_split(v.p, v.len, &colon, &gt) == -1) {
			nbad++;
			continue;
		}
		if (count_intern(&nodes, v.p + colon + 1, gt - colon - 1)
		    == -1 ||
		    count_intern(&nodes, v.p + gt + 1, v.len - gt - 1) == -1)
			goto done;
		if (g->groups.ent[ids[i]].n > max)
			max = g->groups.ent[ids[i]].n;
	}
	if (buf_adds(b, "digraph act {\n\trankdir=LR;\n"
	    "\tnode [shape=box, style=rounded, fontname=\"Helvetica\"];\n"
	    "\tedge [fontname=\"Helvetica\", fontsize=10];\n") == -1)
		goto done;
	if ((nid = count_sort(&nodes, 1)) == NULL)
		goto done;
	for (i = 0; i < nodes.nent; i++) {
		const char *s;
		size_t len;

		s = count_key(&nodes, nid[i], &len);
		if (buf_addc(b, '\t') == -1 || party(b, s, len) == -1)
			goto done;
		if (len == 0 && buf_adds(b, " [label=\"(unnamed)\", "
		    "style=dashed]") == -1)
			goto done;
		if (buf_adds(b, ";\n") == -1)
			goto done;
	}
	for (i = 0; i < n; i++) {
		const char *val, *attr = "color=\"#7f7f7f\"";
		size_t len;
		uint64_t cnt = g->groups.ent[ids[i]].n;
		unsigned pw;
		char num[96];

		group_values(g, ids[i], &val, &len);
		buf_reset(&v);
		if (val == NULL || unescaped(&v, val, len) == -1 ||
		    act_split(v.p, v.len, &colon, &gt) == -1)
			continue;
		for (k = 0; k < sizeof(dotstyle) / sizeof(dotstyle[0]); k++)
			if (strlen(dotstyle[k].event) == colon &&
			    memcmp(dotstyle[k].event, v.p, colon) == 0)
				attr = dotstyle[k].attr;
		/* Pen width 1 to 5 by count, in tenths, integers only. */
		pw = (unsigned)(10 + (cnt * 40 + max / 2) / max);
		if (buf_addc(b, '\t') == -1 ||
		    party(b, v.p + colon + 1, gt - colon - 1) == -1 ||
		    buf_adds(b, " -> ") == -1 ||
		    party(b, v.p + gt + 1, v.len - gt - 1) == -1 ||
		    buf_adds(b, " [label=") == -1)
			goto done;
		snprintf(num, sizeof(num), " %llu", (unsigned long long)cnt);
		v.len = colon;
		if (buf_add(&v, num, strlen(num)) == -1 ||
		    dotstr(b, v.p, v.len) == -1)
			goto done;
		snprintf(num, sizeof(num), ", weight=%llu, penwidth=%u.%u, ",
		    (unsigned long long)cnt, pw / 10, pw % 10);
		if (buf_adds(b, num) == -1 || buf_adds(b, attr) == -1 ||
		    buf_adds(b, "];\n") == -1)
			goto done;
	}
	if (buf_adds(b, "}\n") == -1)
		goto done;
	if (nbad > 0)
		fprintf(stderr, "%s: %zu value%s not of the form "
		    "EVENT:FROM>TO left out of the graph\n", getprogname(),
		    nbad, nbad == 1 ? "" : "s");
	rc = 0;
done:
	free(nid);
	count_free(&nodes);
	buf_free(&v);
	return rc;
}

int
report_write(struct group *g, enum report_fmt fmt,
    const struct report_opts *o)
{
	struct table t;
	struct buf b = { 0 };
	size_t *ids, n = nshown(g, o);
	int rc = -1;

	if (fmt == REPORT_REC)
		return group_write_partial(g);
	if ((ids = count_sort(&g->groups, o->bykey)) == NULL)
		return -1;
	table_init(&t, g->nkeys + 2);
	switch (fmt) {
	case REPORT_JSON:
		rc = json(&b, g, ids, n);
		break;
	case REPORT_BAR:
		rc = bars(&b, g, ids, n, o->width);
		break;
	case REPORT_DOT:
		rc = dot(&b, g, ids, n);
		break;
	case REPORT_TABLE:
	case REPORT_MD:
		if ((rc = fill(&t, g, ids, n, 1, 1)) == 0)
			rc = table_render(&t, fmt == REPORT_MD ? TABLE_MD :
			    TABLE_ALIGNED, &b);
		break;
	default:
		if ((rc = fill(&t, g, ids, n, 0, 0)) == 0)
			rc = table_render(&t, fmt == REPORT_CSV ? TABLE_CSV :
			    TABLE_TSV, &b);
		break;
	}
	if (rc == 0 && b.len > 0)
		rc = io_write(b.p, b.len);
	free(ids);
	table_free(&t);
	buf_free(&b);
	return rc;
}
