/*
 * ccsplit: raw news text in, records out: one per sentence (default),
 * per paragraph (-p) or per document (-d), with the keys of DESIGN.md
 * section 2. Page structure (headline, dateline, boilerplate, documents
 * on one stream, date, source) is lib/page; boundaries are lib/sent.
 */
#include <err.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "diag.h"
#include "esc.h"
#include "io.h"
#include "page.h"
#include "rec.h"
#include "sent.h"
#include "utf.h"

enum { M_SENT, M_PARA, M_DOC };

static int		 bflag, lflag, mode = M_SENT, qflag, strict;
static const size_t	 kind_len[] = { 4, 5, 8, 6 };	/* of page_kinds */
static struct buf	 out, nfc, cache_pfx, cache_meta;
static unsigned long	 cache_gen, cache_num, sink_gen;
static struct sentv	 sv;

/* Where the records of the current input go: name and passed fields. */
struct sink {
	const char	*name;		/* file operand, "-", or NULL with -r */
	const char	*docraw;	/* -r: escaped doc value */
	size_t		 docrawlen;
	const struct rec *in;		/* -r: the input record */
	int		 has_date, has_source;
	struct buf	 escname;	/* name, escaped */
	unsigned long	 gen;		/* new for every input and record */
	int		 docopen;	/* -d: a record is open */
	size_t		 curdoc;	/* -d: its document number */
};

static void __attribute__((noreturn))
usage(int status)
{
	fprintf(status ? stderr : stdout,
	    "usage: ccsplit [-bdhlpqrSsV] [-L size] [file ...]\n");
	exit(status);
}

static int
addnum(struct buf *b, const char *key, size_t klen, unsigned long long v)
{
	char num[24], *p = num + sizeof(num);

	/* By hand: snprintf showed in the profile. */
	do {
		*--p = '0' + v % 10;
		v /= 10;
	} while (v > 0);
	return rec_add_raw(b, key, klen, p, num + sizeof(num) - p);
}

/* The fields before par: doc, then what -r passes through. */
static int
add_prefix(struct buf *b, struct sink *k, const struct page *pg, size_t i)
{
	const struct page_doc *d = &pg->docs[pg->p[i].doc];
	size_t f;
	char num[32];

	if (k->in != NULL) {
		if (k->docraw != NULL) {
			if (rec_add_raw(b, "doc", 3, k->docraw,
			    k->docrawlen) == -1)
				return -1;
		} else if (rec_add(b, "doc", k->name, strlen(k->name)) == -1)
			return -1;
		for (f = 0; f < k->in->nf; f++) {
			if (rec_iskey(k->in, f, "doc") ||
			    rec_iskey(k->in, f, "text") ||
			    rec_iskey(k->in, f, "par") ||
			    rec_iskey(k->in, f, "sent") ||
			    rec_iskey(k->in, f, "off") ||
			    rec_iskey(k->in, f, "kind"))
				continue;
			if (rec_add_field(b, &k->in->f[f]) == -1)
				return -1;
		}
		return 0;
	}
	if (rec_add_raw(b, "doc", 3, k->escname.p, k->escname.len) == -1)
		return -1;
	if (d->num > 1) {
		char *p = num + sizeof(num);
		unsigned long v = d->num;

		do {
			*--p = '0' + v % 10;
			v /= 10;
		} while (v > 0);
		*--p = '#';
		if (buf_add(b, p, num + sizeof(num) - p) == -1)
			return -1;
	}
	return 0;
}

static int
add_meta(struct buf *b, struct sink *k, const struct page_doc *d)
{
	if (d->date[0] != '\0' && !k->has_date &&
	    rec_add_raw(b, "date", 4, d->date, 10) == -1)
		return -1;
	if (d->source[0] != '\0' && !k->has_source) {
		size_t n = strlen(d->source);

		if (memchr(d->source, '\\', n) == NULL)
			return rec_add_raw(b, "source", 6, d->source, n);
		return rec_add(b, "source", d->source, n);
	}
	return 0;
}

/* Whether s is all ASCII, eight bytes at a time. */
static int
is_ascii(const char *s, size_t n)
{
	uint64_t w, acc = 0;
	size_t i = 0;

	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		acc |= w;
	}
	for (; i < n; i++)
		acc |= (unsigned char)s[i];
	return (acc & 0x8080808080808080ULL) == 0;
}

static int
add_text(struct buf *b, const char *s, size_t n)
{
	if (is_ascii(s, n)) {
		if (memchr(s, '\\', n) == NULL)
			return rec_add_raw(b, "text", 4, s, n);
		return rec_add(b, "text", s, n);
	}
	buf_reset(&nfc);
	if (utf_nfc(&nfc, s, n) == -1)
		return -1;
	/* Clean text has no TAB, CR or LF: only a backslash needs escaping. */
	if (memchr(nfc.p, '\\', nfc.len) == NULL)
		return rec_add_raw(b, "text", 4, nfc.p, nfc.len);
	return rec_add(b, "text", nfc.p, nfc.len);
}

/* Writes one record for s[a..e) of paragraph i. */
static int
put(struct sink *k, struct page *pg, size_t i, size_t a, size_t e, int kind,
    int newpar)
{
	struct page_doc *d = &pg->docs[pg->p[i].doc];

	d->frozen = 1;
	if (newpar)
		d->npar++;
	if (qflag)
		return 0;
	/*
	 * The fields before par, and date and source, are the same for every
	 * record of a document (frozen above): built once per document.
	 */
	if (k->gen != cache_gen || d->num != cache_num) {
		buf_reset(&cache_pfx);
		buf_reset(&cache_meta);
		if (add_prefix(&cache_pfx, k, pg, i) == -1 ||
		    add_meta(&cache_meta, k, d) == -1)
			return -1;
		cache_gen = k->gen;
		cache_num = d->num;
	}
	buf_reset(&out);
	if (buf_add(&out, cache_pfx.p, cache_pfx.len) == -1 ||
	    addnum(&out, "par", 3, d->npar) == -1 ||
	    (mode == M_SENT && addnum(&out, "sent", 4, ++d->nsent) == -1) ||
	    addnum(&out, "off", 3, page_off(pg, i, a)) == -1 ||
	    rec_add_raw(&out, "kind", 4, page_kinds[kind],
	    kind_len[kind]) == -1 ||
	    (cache_meta.len > 0 && (buf_addc(&out, '\t') == -1 ||
	    buf_add(&out, cache_meta.p, cache_meta.len) == -1)) ||
	    add_text(&out, page_text(pg, i) + a, e - a) == -1 ||
	    buf_addc(&out, '\n') == -1)
		return -1;
	return io_write(out.p, out.len);
}

/* -d: paragraphs go straight out into one open record per document. */
static int
put_doc(struct sink *k, struct page *pg, size_t i)
{
	struct page_doc *d = &pg->docs[pg->p[i].doc];
	const char *s = page_text(pg, i);
	size_t n = pg->p[i].ce - pg->p[i].cs;

	d->frozen = 1;
	if (qflag)
		return 0;
	buf_reset(&out);
	if (k->docopen && k->curdoc != d->num) {
		if (io_write("\n", 1) == -1)
			return -1;
		k->docopen = 0;
	}
	if (!k->docopen) {
		if (add_prefix(&out, k, pg, i) == -1 ||
		    addnum(&out, "off", 3, page_off(pg, i, 0)) == -1 ||
		    add_meta(&out, k, d) == -1 ||
		    rec_add(&out, "text", "", 0) == -1)
			return -1;
		k->docopen = 1;
		k->curdoc = d->num;
	} else if (buf_adds(&out, "\\n") == -1)
		return -1;
	if (is_ascii(s, n) && memchr(s, '\\', n) == NULL) {
		if (buf_add(&out, s, n) == -1)
			return -1;
	} else {
		buf_reset(&nfc);
		if (utf_nfc(&nfc, s, n) == -1 ||
		    esc_encode(&out, nfc.p, nfc.len) == -1)
			return -1;
	}
	return io_write(out.p, out.len);
}

static int
end_doc(struct sink *k)
{
	if (k->docopen && !qflag) {
		k->docopen = 0;
		return io_write("\n", 1);
	}
	k->docopen = 0;
	return 0;
}

/* Writes paragraph i as the mode asks. Returns 0 or -1. */
static int
put_para(struct sink *k, struct page *pg, size_t i)
{
	struct page_para *pp = &pg->p[i];
	const char *s = page_text(pg, i);
	size_t n = pp->ce - pp->cs, a = 0, j;
	int kind = pp->kind;

	if (kind == PAGE_BOILER && !bflag)
		return 0;
	if (mode == M_DOC)
		return put_doc(k, pg, i);
	if (pp->dlen > 0) {
		if (put(k, pg, i, 0, pp->dlen, PAGE_DATELINE, 1) == -1)
			return -1;
		/* The first sentence starts after the dash or colon. */
		a = pp->dlen;
		for (;;) {
			if (a < n && (s[a] == ' ' || s[a] == '-' ||
			    s[a] == ':'))
				a++;
			else if (a + 2 < n &&
			    memcmp(s + a, "\xe2\x80", 2) == 0 &&
			    ((unsigned char)s[a + 2] == 0x93 ||
			    (unsigned char)s[a + 2] == 0x94))
				a += 3;
			else
				break;
		}
	}
	if (a >= n)
		return 0;
	if (mode == M_PARA)
		return put(k, pg, i, a, n, kind, pp->dlen == 0);
	if (sent_split(&sv, s + a, n - a) == -1)
		return -1;
	for (j = 0; j < sv.n; j++)
		if (put(k, pg, i, a + sv.v[j].start, a + sv.v[j].end, kind,
		    j == 0 && pp->dlen == 0) == -1)
			return -1;
	return 0;
}

/* Decides and writes what the page lets out. Returns 0 or -1. */
static int
flush(struct sink *k, struct page *pg, int final)
{
	long r, i;

	if ((r = page_decide(pg, final)) == -1)
		return -1;
	for (i = 0; i < r; i++)
		if (put_para(k, pg, i) == -1)
			return -1;
	page_release(pg, r);
	if (final)
		return end_doc(k);
	return 0;
}

static void
counts(const char *name, const struct text *t)
{
	if (t->nbad > 0)
		warnx("%s: %llu invalid UTF-8 sequence%s replaced", name,
		    t->nbad, t->nbad == 1 ? "" : "s");
	if (t->nnul > 0)
		warnx("%s: %llu NUL byte%s replaced", name, t->nnul,
		    t->nnul == 1 ? "" : "s");
}

/* Splits one raw text file. Returns CC_OK or CC_ERR; -1 on write error. */
static int
split_file(const char *path, size_t maxlen)
{
	struct io_in in;
	struct page pg;
	struct sink k;
	char *line;
	size_t len;
	int r, status = CC_OK;
	unsigned long long bad = 0, nnul = 0;

	if (io_open(&in, path, maxlen) == -1) {
		warn("%s", path);
		return CC_ERR;
	}
	memset(&k, 0, sizeof(k));
	k.gen = ++sink_gen;
	k.name = path;
	if (esc_encode(&k.escname, path, strlen(path)) == -1 ||
	    buf_addc(&k.escname, '\0') == -1)
		err(CC_ERR, NULL);
	k.escname.len--;
	page_init(&pg, PAGE_FF | PAGE_GUESS);
	while ((r = io_getline(&in, &line, &len)) != IO_EOF) {
		if (r == IO_ERROR) {
			warn("%s", in.name);
			status = CC_ERR;
			break;
		}
		if (r == IO_TOOLONG) {
			diag_at(in.name, in.lineno, "line longer than %zu "
			    "bytes (raise the limit with -L)", maxlen);
			status = CC_ERR;
			continue;
		}
		if (len > 0 && line[len - 1] == '\r')
			len--;
		if (page_line(&pg, line, len, in.offset) == -1)
			err(CC_ERR, NULL);
		if (strict && pg.t.nbad + pg.t.nnul > bad) {
			/* Nothing more of this file goes out. */
			diag_at(in.name, in.lineno, "%s", pg.t.nnul > nnul ?
			    "NUL byte" : "invalid UTF-8");
			page_free(&pg);
			io_close(&in);
			buf_free(&k.escname);
			return CC_ERR;
		}
		bad = pg.t.nbad + pg.t.nnul;
		nnul = pg.t.nnul;
		/* Live pipelines (-l) get each document when it ends. */
		if ((page_full(&pg) || (lflag && !pg.inpara)) &&
		    flush(&k, &pg, 0) == -1)
			goto fail;
	}
	if (flush(&k, &pg, 1) == -1)
		goto fail;
	if (!strict)
		counts(in.name, &pg.t);
	page_free(&pg);
	io_close(&in);
	buf_free(&k.escname);
	return status;
fail:
	page_free(&pg);
	io_close(&in);
	buf_free(&k.escname);
	return -1;
}

/* -r: splits the text of each record. */
static int
split_records(int argc, char **argv, size_t maxlen, int skip_bad)
{
	struct recin ri;
	struct rec *r;
	struct page pg;
	struct sink k;
	struct buf tmp = { 0 }, name = { 0 };
	const char *v, *nl, *lastname = NULL;
	size_t n, off, l;
	unsigned long long nrec = 0;
	long ti, di;
	int x, status;
	char num[32];

	/* One page for every record: its buffers are reused. */
	page_init(&pg, 0);
	recin_init(&ri, argc, argv, maxlen, skip_bad);
	while ((x = recin_next(&ri, &r)) == 1) {
		/* Documents are named by the operand as given, "-" too. */
		if (ri.files[ri.next - 1] != lastname) {
			lastname = ri.files[ri.next - 1];
			nrec = 0;
		}
		nrec++;
		if ((ti = rec_find(r, "text", 0)) < 0) {
			diag_at(recin_name(&ri), recin_line(&ri),
			    "no text field");
			if (!skip_bad) {
				ri.status = CC_ERR;
				break;
			}
			ri.nbad++;
			continue;
		}
		memset(&k, 0, sizeof(k));
		k.gen = ++sink_gen;
		k.in = r;
		k.has_date = rec_find(r, "date", 0) >= 0;
		k.has_source = rec_find(r, "source", 0) >= 0;
		if ((di = rec_find(r, "doc", 0)) >= 0) {
			k.docraw = r->f[di].val;
			k.docrawlen = r->f[di].vlen;
		} else {
			snprintf(num, sizeof(num), "#%llu", nrec);
			buf_reset(&name);
			if (buf_adds(&name, lastname) == -1 ||
			    buf_adds(&name, num) == -1 ||
			    buf_addc(&name, '\0') == -1)
				err(CC_ERR, NULL);
			k.name = name.p;
		}
		if (rec_value(r, ti, &tmp, &v, &n) == -1)
			err(CC_ERR, NULL);
		page_reset(&pg);
		for (off = 0; off <= n; off += l + 1) {
			nl = memchr(v + off, '\n', n - off);
			l = nl ? (size_t)(nl - (v + off)) : n - off;
			if (page_line(&pg, v + off,
			    l > 0 && v[off + l - 1] == '\r' ? l - 1 : l,
			    off) == -1)
				err(CC_ERR, NULL);
			if (page_full(&pg) && flush(&k, &pg, 0) == -1)
				break;
		}
		/* Record values hold valid UTF-8 and no NUL: none to count. */
		if (flush(&k, &pg, 1) == -1)
			break;
	}
	page_free(&pg);
	status = recin_end(&ri);
	buf_free(&tmp);
	buf_free(&name);
	return x == -1 ? CC_ERR : status;
}

int
main(int argc, char *argv[])
{
	const char *errstr;
	size_t maxlen = IO_MAXLEN_DEFAULT;
	int ch, i, rflag = 0, sflag = 0, status = CC_OK, r;

	while ((ch = getopt(argc, argv, "+bdhL:lpqrSsV")) != -1) {
		switch (ch) {
		case 'b':
			bflag = 1;
			break;
		case 'd':
			mode = M_DOC;
			break;
		case 'h':
			usage(0);
		case 'L':
			maxlen = io_parse_size(optarg, &errstr);
			if (errstr != NULL)
				errx(CC_ERR, "-L %s: %s", optarg, errstr);
			break;
		case 'l':
			lflag = 1;
			break;
		case 'p':
			mode = M_PARA;
			break;
		case 'q':
			qflag = 1;
			break;
		case 'r':
			rflag = 1;
			break;
		case 'S':
			strict = 1;
			break;
		case 's':
			sflag = 1;
			break;
		case 'V':
			diag_version();
		default:
			usage(CC_ERR);
		}
	}
	argc -= optind;
	argv += optind;
	io_stdout_init(lflag);
	if (rflag)
		status = split_records(argc, argv, maxlen, sflag);
	else if (argc == 0)
		status = split_file("-", maxlen);
	else
		for (i = 0; i < argc; i++) {
			r = split_file(argv[i], maxlen);
			if (r == -1) {
				status = CC_ERR;
				break;
			}
			if (r != CC_OK)
				status = r;
		}
	buf_free(&out);
	buf_free(&nfc);
	buf_free(&cache_pfx);
	buf_free(&cache_meta);
	sent_free(&sv);
	return io_close_stdout(status);
}
