/*
 * Unit tests for lib/io: line reading across buffer refills, long lines,
 * a last line without newline, offsets, and size parsing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "io.h"
#include "tap.h"

static char path[] = "/tmp/cc-t-io.XXXXXX";

static void
writefile(const char *s, size_t n)
{
	FILE *f = fopen(path, "w");

	fwrite(s, 1, n, f);
	fclose(f);
}

int
main(void)
{
	struct io_in in;
	const char *err;
	char *line, *big;
	size_t len, i, nbig = 3u << 20;
	int fd = mkstemp(path), rv;

	close(fd);
	writefile("one\ntwo\n\nlast", 13);
	io_open(&in, path, 100);
	ok(io_getline(&in, &line, &len) == IO_LINE && len == 3 &&
	    memcmp(line, "one", 3) == 0 && in.lineno == 1 && in.offset == 0,
	    "first line, line 1, offset 0");
	ok(io_getline(&in, &line, &len) == IO_LINE && len == 3 &&
	    in.offset == 4, "second line at offset 4");
	ok(io_getline(&in, &line, &len) == IO_LINE && len == 0,
	    "an empty line");
	ok(io_getline(&in, &line, &len) == IO_LINE && len == 4 && in.noeol &&
	    in.lineno == 4 && in.offset == 9,
	    "last line without newline still read, noeol set");
	ok(io_getline(&in, &line, &len) == IO_EOF, "then end of file");
	io_close(&in);

	/* A 3 MiB line spans many reads; with maxlen below it, it is skipped. */
	big = malloc(nbig + 8);
	memset(big, 'x', nbig);
	memcpy(big + nbig, "\nok\n", 4);
	writefile(big, nbig + 4);
	io_open(&in, path, (size_t)4 << 20);
	rv = io_getline(&in, &line, &len);
	ok(rv == IO_LINE && len == nbig && line[nbig - 1] == 'x',
	    "a 3 MiB line read whole");
	ok(io_getline(&in, &line, &len) == IO_LINE && len == 2 &&
	    in.offset == nbig + 1, "the line after it, at the right offset");
	io_close(&in);
	io_open(&in, path, (size_t)1 << 20);
	ok(io_getline(&in, &line, &len) == IO_TOOLONG && in.lineno == 1,
	    "a line past maxlen is IO_TOOLONG");
	ok(io_getline(&in, &line, &len) == IO_LINE && len == 2 &&
	    memcmp(line, "ok", 2) == 0 && in.lineno == 2,
	    "reading goes on after the long line");
	io_close(&in);
	/* Lines of nine bytes and a newline, the last one cut short. */
	for (i = 0; i < nbig; i++)
		big[i] = i % 10 == 9 ? '\n' : 'x';
	writefile(big, nbig);
	io_open(&in, path, 100);
	for (i = 0; io_getline(&in, &line, &len) == IO_LINE; i++)
		if (len != 9 && !in.noeol)
			break;
	ok(i == (nbig + 9) / 10, "%zu short lines across refills",
	    (nbig + 9) / 10);
	io_close(&in);
	free(big);

	ok(io_open(&in, "/nonexistent/x", 10) == -1, "missing file fails");
	ok(io_parse_size("64M", &err) == (size_t)64 << 20 && err == NULL,
	    "64M");
	ok(io_parse_size("512", &err) == 512, "512");
	ok(io_parse_size("2k", &err) == 2048, "2k");
	ok(io_parse_size("0", &err) == 0 && strcmp(err, "too small") == 0,
	    "0 is too small");
	ok(io_parse_size("9G9", &err) == 0 && strcmp(err, "invalid") == 0,
	    "trailing junk is invalid");
	ok(io_parse_size("99999G", &err) == 0 &&
	    strcmp(err, "too large") == 0, "99999G is too large");
	unlink(path);
	return tap_done();
}
