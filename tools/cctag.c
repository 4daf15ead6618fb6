/*
 * cctag: adds tags to records: the states, blocs, actors and people a
 * sentence names, the events it reports with who did what to whom, its
 * topic, quotation and speaker (DESIGN.md section 3). The lexicon is
 * built in and extended by lexicon files (-f); lib/lex and lib/tag do
 * the work, this file reads and writes records.
 */
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "diag.h"
#include "io.h"
#include "lex.h"
#include "rec.h"
#include "tag.h"

static void __attribute__((noreturn))
usage(int status)
{
	fprintf(status ? stderr : stdout,
	    "usage: %s [-hlNPsV] [-f lexicon] [-L size] [file ...]\n",
	    getprogname());
	exit(status);
}

int
main(int argc, char *argv[])
{
	struct lex *lx;
	struct tagger *tg;
	struct recin ri;
	struct rec *r;
	struct buf out = { 0 }, tmp = { 0 }, dtmp = { 0 };
	const char **files = NULL, *errstr;
	size_t nfiles = 0, maxlen = IO_MAXLEN_DEFAULT, i;
	int ch, lflag = 0, nobuiltin = 0, print = 0, skip = 0, rv, status;

	while ((ch = getopt(argc, argv, "+f:hL:lNPsV")) != -1) {
		switch (ch) {
		case 'f':
			files = reallocarray(files, nfiles + 1,
			    sizeof(*files));
			if (files == NULL)
				err(CC_ERR, NULL);
			files[nfiles++] = optarg;
			break;
		case 'h':
			usage(CC_OK);
		case 'L':
			if ((maxlen = io_parse_size(optarg, &errstr)) == 0)
				errx(CC_ERR, "-L %s: %s", optarg, errstr);
			break;
		case 'l':
			lflag = 1;
			break;
		case 'N':
			nobuiltin = 1;
			break;
		case 'P':
			print = 1;
			break;
		case 's':
			skip = 1;
			break;
		case 'V':
			diag_version();
		default:
			usage(CC_ERR);
		}
	}
	argc -= optind;
	argv += optind;

	/* The lexicon is loaded and checked before any record is read. */
	if ((lx = lex_new()) == NULL)
		err(CC_ERR, NULL);
	if (!nobuiltin && lex_load_builtin(lx) == -1)
		exit(CC_ERR);
	for (i = 0; i < nfiles; i++)
		if (lex_load_file(lx, files[i]) == -1) {
			if (errno != 0)
				err(CC_ERR, "%s", files[i]);
			exit(CC_ERR);
		}
	free(files);
	if (lex_compile(lx) == -1)
		err(CC_ERR, NULL);
	io_stdout_init(lflag);
	io_catch_signals();
	if (print) {
		status = lex_print(lx, stdout) == -1 ? CC_ERR : CC_OK;
		lex_free(lx);
		return io_close_stdout(status);
	}
	if ((tg = tag_new(lx)) == NULL)
		err(CC_ERR, NULL);

	recin_init(&ri, argc, argv, maxlen, skip);
	while ((rv = recin_next(&ri, &r)) == 1) {
		const struct tag *tags;
		const char *doc = "", *text;
		size_t doclen = 0, tlen;
		long ti, nt = 0, itext;
		int dateline = 0, bad = 0;

		itext = rec_find(r, "text", 0);
		ti = rec_find(r, "doc", 0);
		if (ti >= 0) {
			if (rec_value(r, ti, &dtmp, &doc, &doclen) == -1)
				err(CC_ERR, NULL);
		}
		ti = rec_find(r, "kind", 0);
		if (ti >= 0 && r->f[ti].vlen == 8 &&
		    memcmp(r->f[ti].val, "dateline", 8) == 0)
			dateline = 1;
		if (itext >= 0) {
			if (rec_value(r, itext, &tmp, &text, &tlen) == -1)
				err(CC_ERR, NULL);
			if ((nt = tag_text(tg, doc, doclen, text, tlen,
			    dateline, &tags)) == -1)
				err(CC_ERR, NULL);
		}
		/* Nothing to add or drop: the line goes out as it came. */
		for (i = 0; nt == 0 && i < r->nf; i++)
			if (tag_owned(r->f[i].key, r->f[i].klen) >= 0)
				break;
		if (nt == 0 && i == r->nf) {
			if (io_write(r->line, r->len) == -1 ||
			    io_write("\n", 1) == -1)
				break;
			continue;
		}
		buf_reset(&out);
		for (i = 0; i < r->nf; i++) {
			if (tag_owned(r->f[i].key, r->f[i].klen) >= 0)
				continue;
			/*
			 * Tag values come from the lexicon, whose lines hold
			 * no TAB, newline or carriage return: only a
			 * backslash needs the escaping copy.
			 */
			for (ti = 0; (long)i == itext && ti < nt; ti++) {
				const char *key = tag_keys[tags[ti].key];

				if ((memchr(tags[ti].val, '\\',
				    tags[ti].vlen) == NULL ?
				    rec_add_raw(&out, key, strlen(key),
				    tags[ti].val, tags[ti].vlen) :
				    rec_add(&out, key, tags[ti].val,
				    tags[ti].vlen)) == -1)
					bad = 1;
			}
			if (rec_add_field(&out, &r->f[i]) == -1)
				bad = 1;
		}
		if (bad || buf_addc(&out, '\n') == -1)
			err(CC_ERR, NULL);
		if (io_write(out.p, out.len) == -1)
			break;
	}
	status = recin_end(&ri);
	if (rv == -1)
		status = CC_ERR;
	tag_free(tg);
	lex_free(lx);
	buf_free(&out);
	buf_free(&tmp);
	buf_free(&dtmp);
	return io_close_stdout(status);
}
