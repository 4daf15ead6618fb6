/*
 * ccstat: count records grouped by the values of keys (DESIGN.md section
 * 5), or distinct documents or values instead of records; print the
 * counts with their shares as a table, TSV, CSV, JSON, Markdown, bar
 * chart, DOT graph, or as partial counts that another ccstat merges (-M).
 * With no key, summarise the stream.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "group.h"
#include "io.h"
#include "rec.h"
#include "report.h"
#include "scan.h"
#include "summary.h"

static void __attribute__((noreturn))
usage(int status)
{
	fprintf(status ? stderr : stdout,
	    "usage: ccstat [-adkls] [-L size] [-n count] [-o format] "
	    "[-u key]\n"
	    "              [key ... [-- file ...]]\n"
	    "       ccstat -M [-kls] [-L size] [-n count] [-o format] "
	    "[file ...]\n");
	exit(status);
}

/* The terminal width for bar charts: COLUMNS, else 80. */
static size_t
columns(void)
{
	const char *s = getenv("COLUMNS"), *errstr;
	long long n;

	if (s == NULL || *s == '\0')
		return 80;
	n = strtonum(s, 20, 10000, &errstr);
	return errstr == NULL ? (size_t)n : 80;
}

int
main(int argc, char *argv[])
{
	struct report_opts ro = { 0, 0, 80 };
	enum report_fmt fmt = REPORT_TABLE;
	struct scan_keys want, *wantp;
	struct recin ri;
	struct group g;
	struct summary sm;
	struct rec *r;
	size_t maxlen = IO_MAXLEN_DEFAULT, nkeys = 0, ntop = 0;
	const char *errstr;
	char *of = NULL, msg[256];
	int ch, aflag = 0, lflag = 0, merge = 0, skip_bad = 0, rc, status;
	int dashdash, nfiles, stopped = 0, msummary = -1;
	char **files;

	while ((ch = getopt(argc, argv, "+adhkL:lMn:o:su:V")) != -1) {
		switch (ch) {
		case 'a':
			aflag = 1;
			break;
		case 'd':
			of = "doc";
			break;
		case 'h':
			usage(0);
		case 'k':
			ro.bykey = 1;
			break;
		case 'L':
			maxlen = diag_size_arg(ch, optarg);
			break;
		case 'l':
			lflag = 1;
			break;
		case 'M':
			merge = 1;
			break;
		case 'n':
			ntop = (size_t)strtonum(optarg, 1, 1000000000, &errstr);
			if (errstr != NULL)
				errx(CC_ERR, "-n %s: %s", optarg, errstr);
			break;
		case 'o':
			if (report_fmt(optarg, &fmt) == -1)
				errx(CC_ERR, "-o %s: unknown format (table, "
				    "tsv, csv, json, md, bar, dot, rec)", optarg);
			break;
		case 's':
			skip_bad = 1;
			break;
		case 'u':
			if (!rec_key_valid(optarg, strlen(optarg)))
				errx(CC_ERR, "-u %s: not a key", optarg);
			of = optarg;
			break;
		case 'V':
			diag_version();
		default:
			usage(CC_ERR);
		}
	}
	/* "ccstat -- file": getopt ate the "--", the operands are files. */
	dashdash = optind > 1 && strcmp(argv[optind - 1], "--") == 0;
	argc -= optind;
	argv += optind;

	/* Keys up to "--", files after it, as ccfilter's expression. */
	if (merge || dashdash)
		nkeys = 0;
	else {
		for (nkeys = 0; nkeys < (size_t)argc; nkeys++)
			if (strcmp(argv[nkeys], "--") == 0)
				break;
		dashdash = nkeys < (size_t)argc;
	}
	files = argv + nkeys + (nkeys < (size_t)argc &&
	    strcmp(argv[nkeys], "--") == 0);
	nfiles = argc - (int)(files - argv);
	for (size_t i = 0; i < nkeys; i++) {
		if (argv[i][0] == '-' && argv[i][1] != '\0')
			errx(CC_ERR, "%s: options go before the keys",
			    argv[i]);
		if (!rec_key_valid(argv[i], strlen(argv[i])))
			errx(CC_ERR, "\"%s\" is not a key (file operands go "
			    "after \"--\")", argv[i]);
		/*
		 * "ccstat country records.txt" would read stdin: a key that
		 * names a file is taken for the slip it almost always is.
		 */
		if (!dashdash && access(argv[i], F_OK) == 0)
			errx(CC_ERR, "\"%s\" is a file: file operands go after "
			    "\"--\" (to count the key, write \"%s --\")",
			    argv[i], argv[i]);
	}
	for (size_t i = 0; i < nkeys; i++)
		if (strncmp(argv[i], "ccstat.", 7) == 0)
			errx(CC_ERR, "%s: keys beginning \"ccstat.\" are "
			    "reserved for partial counts", argv[i]);
	if (merge && (aflag || of != NULL))
		errx(CC_ERR, "-M takes the counting from the partial counts: "
		    "no -a, -d or -u");
	if (!merge && nkeys == 0) {
		if (aflag || of != NULL || fmt == REPORT_BAR ||
		    fmt == REPORT_DOT || ro.bykey)
			errx(CC_ERR, "the summary (no key) takes no -a, -d, "
			    "-k, -u, or -o bar, dot");
	}
	if (fmt == REPORT_DOT && !merge &&
	    (nkeys != 1 || strcmp(argv[0], "act") != 0))
		errx(CC_ERR, "-o dot draws the act graph: the one key act");
	if (fmt == REPORT_REC && (ntop != 0 || ro.bykey))
		errx(CC_ERR, "-o rec writes every group: no -k or -n");
	memset(&want, 0, sizeof(want));
	for (size_t i = 0; i < nkeys; i++)
		scan_want(&want, argv[i]);
	if (of != NULL)
		scan_want(&want, of);
	/* Grouping reads only its keys; the summary and -M read all. */
	wantp = merge || nkeys == 0 ? NULL : &want;
	ro.top = ntop;
	ro.width = columns();

	io_stdout_init(lflag);
	io_catch_signals();
	recin_init(&ri, nfiles, files, maxlen, skip_bad);
	group_init(&g, nkeys, argv, of, aflag);
	summary_init(&sm);
	while ((rc = scan_next(&ri, wantp, &r)) == 1) {
		if (merge && msummary == -1)
			msummary = summary_is_partial(r);
		if (merge && msummary == 1)
			rc = summary_merge(&sm, r, msg, sizeof(msg));
		else if (merge)
			rc = group_merge(&g, r, msg, sizeof(msg));
		if (merge) {
			if (rc == -2 && recin_bad(&ri, msg) == -1) {
				stopped = 1;
				break;
			}
		} else if (nkeys > 0)
			rc = group_record(&g, r);
		else
			rc = summary_record(&sm, r);
		if (rc == -1)
			err(CC_ERR, "%s:%llu", recin_name(&ri),
			    recin_line(&ri));
	}
	/*
	 * A bad line or a signal stops the run: no counts, which would be
	 * short; io_close_stdout then dies by the signal.
	 */
	stopped |= rc == -1 || io_interrupted();
	status = recin_end(&ri);
	if (stopped)
		status = CC_ERR;
	else if (msummary == 1 && (fmt == REPORT_BAR || fmt == REPORT_DOT ||
	    ro.bykey)) {
		warnx("the summary takes no -k, or -o bar, dot");
		status = CC_ERR;
	} else if (merge && fmt == REPORT_DOT && g.nkeys > 0 &&
	    (g.nkeys != 1 || strcmp(g.key[0], "act") != 0)) {
		warnx("-o dot draws the act graph: the partial counts are "
		    "not of act");
		status = CC_ERR;
	} else if (merge && msummary != 1 && g.nkeys == 0) {
		warnx("no partial counts read");
		status = CC_ERR;
	} else if (nkeys > 0 || (merge && msummary != 1)) {
		if (report_write(&g, fmt, &ro) == -1 && ferror(stdout) == 0)
			err(CC_ERR, "output");
	} else if (summary_write(&sm, fmt, ntop ? ntop : 3) == -1 &&
	    ferror(stdout) == 0)
		err(CC_ERR, "output");
	group_free(&g);
	summary_free(&sm);
	return io_close_stdout(status);
}
