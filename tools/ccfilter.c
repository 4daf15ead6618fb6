/*
 * ccfilter: select records by an expression over their tags, as grep
 * selects lines (DESIGN.md section 4). Selected records are written
 * byte for byte as they came; the exit status says whether any was.
 *
 * The expression is every operand up to "--"; the operands after it are
 * files. Expression words never begin with "-", so no word is mistaken
 * for the other.
 */
#include <err.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "expr.h"
#include "io.h"
#include "rec.h"
#include "scan.h"

static void
usage(FILE *fp, int status)
{
	fprintf(fp, "usage: %s [-chlqsVv] [-H size] [-L size] [-M count] "
	    "[-m num] expression ... [-- file ...]\n", getprogname());
	exit(status);
}

int
main(int argc, char *argv[])
{
	struct expr_limits lim = { EXPR_MATCH_LIMIT, EXPR_HEAP_LIMIT };
	int cflag = 0, lflag = 0, mflag = 0, qflag = 0, sflag = 0, vflag = 0;
	int ch, i, nexpr, nfiles, rc, m, needed, status;
	unsigned long long nsel = 0, mmax = 0;
	size_t maxlen = IO_MAXLEN_DEFAULT;
	const char *errstr;
	struct recin ri;
	struct expr *e;
	const struct scan_field *needle;
	struct scan_keys nokeys = { 0 };
	struct rec rec = { 0 }, *r;
	char msg[1024];
	char **files, *line;
	size_t len, nlen;

	while ((ch = getopt(argc, argv, "+cH:hL:lM:m:qsVv")) != -1) {
		switch (ch) {
		case 'c':
			cflag = 1;
			break;
		case 'H':
			lim.heap = diag_size_arg(ch, optarg);
			break;
		case 'h':
			usage(stdout, CC_OK);
			break;
		case 'L':
			maxlen = diag_size_arg(ch, optarg);
			break;
		case 'l':
			lflag = 1;
			break;
		case 'M':
			lim.match = (uint32_t)strtonum(optarg, 1, UINT32_MAX,
			    &errstr);
			if (errstr != NULL)
				errx(CC_ERR, "-M %s: %s", optarg, errstr);
			break;
		case 'm':
			mflag = 1;
			mmax = (unsigned long long)strtonum(optarg, 0,
			    LLONG_MAX, &errstr);
			if (errstr != NULL)
				errx(CC_ERR, "-m %s: %s", optarg, errstr);
			break;
		case 'q':
			qflag = 1;
			break;
		case 's':
			sflag = 1;
			break;
		case 'V':
			diag_version();
			break;
		case 'v':
			vflag = 1;
			break;
		default:
			usage(stderr, CC_ERR);
		}
	}
	argc -= optind;
	argv += optind;

	for (nexpr = 0; nexpr < argc; nexpr++)
		if (strcmp(argv[nexpr], "--") == 0)
			break;
	if (nexpr == 0) {
		warnx("missing expression");
		usage(stderr, CC_ERR);
	}
	files = nexpr < argc ? argv + nexpr + 1 : argv + argc;
	nfiles = nexpr < argc ? argc - nexpr - 1 : 0;
	if ((e = expr_compile(nexpr, argv, &lim, msg, sizeof(msg))) == NULL) {
		/* The likeliest slip: a file given without "--" before it. */
		for (i = 0; i < nexpr; i++)
			if (strcmp(argv[i], "(") != 0 &&
			    strcmp(argv[i], ")") != 0 &&
			    access(argv[i], F_OK) == 0)
				errx(CC_ERR, "%s (file operands go after "
				    "\"--\")", msg);
		errx(CC_ERR, "%s", msg);
	}
	/*
	 * "ccfilter country=NZ records.txt" would read stdin for records
	 * with a key "records.txt": a presence test that names a file is
	 * taken for the slip it almost always is.
	 */
	for (i = 0; i < nexpr; i++)
		if (rec_key_valid(argv[i], strlen(argv[i])) &&
		    strcmp(argv[i], "and") != 0 && strcmp(argv[i], "or") != 0 &&
		    strcmp(argv[i], "not") != 0 && access(argv[i], F_OK) == 0)
			errx(CC_ERR, "\"%s\" (word %d) is a file: file operands "
			    "go after \"--\" (to test for the key, write "
			    "\"%s~^\")", argv[i], i + 1, argv[i]);

	/*
	 * Lines go through scan_parse, which checks them and builds the
	 * record faster than rec_parse; when the expression needs some
	 * "key=value" fields, it also looks for them, so a line without
	 * them is rejected unparsed, and one with them all is selected
	 * unparsed (keeping no field) when that is enough. A bad line goes
	 * to recin_parse, which reports it or counts it.
	 */
	needed = expr_needles(e, &needle, &nlen);
	if (needed == -1)
		nlen = 0;

	io_stdout_init(lflag);
	io_catch_signals();
	recin_init(&ri, nfiles, files, maxlen, sflag);
	status = CC_OK;
	while ((!mflag || nsel < mmax) &&
	    (rc = recin_nextline(&ri, &line, &len)) == 1) {
		m = scan_parse(&rec, line, len, needed == 1 ? &nokeys : NULL,
		    needle, nlen, NULL);
		if (m == -1) {
			if ((rc = recin_parse(&ri, line, len, &r)) == 0)
				continue;
			if (rc == -1)
				break;
			m = expr_match(e, r);
		} else if (needed != 1 && m == 1)
			m = expr_match(e, &rec);
		if (m == -1) {
			diag_at(recin_name(&ri), recin_line(&ri), "%s",
			    expr_error(e));
			status = CC_ERR;
			break;
		}
		if (m == vflag)
			continue;
		nsel++;
		if (qflag)
			break;
		if (!cflag && (io_write(line, len) == -1 ||
		    io_write("\n", 1) == -1))
			break;
	}
	if (recin_end(&ri) != CC_OK)
		status = CC_ERR;
	if (cflag && !qflag)
		printf("%llu\n", nsel);
	if (status == CC_OK && nsel == 0)
		status = CC_NONE;
	rec_free(&rec);
	expr_free(e);
	return io_close_stdout(status);
}
