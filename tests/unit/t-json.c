/*
 * t-json: records to JSON objects and JSON Lines to records (lib/json).
 */
#include <errno.h>

#include "json.h"
#include "tap.h"

static void
torec(const char *line, const char *want, const char *what)
{
	struct json_conv c = { 0 };
	struct buf out = { 0 };
	int rv;

	rv = json_to_rec(&c, &out, line, strlen(line));
	if (want == NULL) {
		ok(rv == -1, "%s: refused", what);
		printf("#   %s\n", c.msg);
	} else {
		ok(rv == 0, "%s: converted", what);
		is_mem(out.p, out.len, want, "%s", what);
	}
	json_conv_free(&c);
	buf_free(&out);
}

static void
badmsg(const char *line, size_t len, const char *want, const char *what)
{
	struct json_conv c = { 0 };
	struct buf out = { 0 };
	int rv = json_to_rec(&c, &out, line, len);

	ok(rv == -1, "%s: refused", what);
	is_mem(c.msg, strlen(c.msg), want, "%s: message", what);
	json_conv_free(&c);
	buf_free(&out);
}

static void
tojson(const char *line, int arrays, const char *want, const char *what)
{
	struct rec r = { 0 };
	struct rec_err e;
	struct buf out = { 0 };
	int rv;

	rv = rec_parse(&r, line, strlen(line), &e);
	ok(rv == 0, "%s: parsed", what);
	rv = json_put_rec(&out, &r, arrays);
	ok(rv == 0, "%s: written", what);
	is_mem(out.p, out.len, want, "%s", what);
	rec_free(&r);
	buf_free(&out);
}

static void
key(const char *k, const char *want)
{
	struct buf b = { 0 };

	json_key_map(&b, k, strlen(k));
	is_mem(b.p, b.len, want, "key \"%s\"", k);
	buf_free(&b);
}

static void
real(double d, const char *want)
{
	char s[64];

	json_format_real(s, sizeof(s), d);
	is_mem(s, strlen(s), want, "real %s", want);
}

int
main(void)
{
	struct buf b = { 0 };

	tojson("doc=a\tsent=1\ttext=x", 0,
	    "{\"doc\":\"a\",\"sent\":\"1\",\"text\":\"x\"}", "plain record");
	tojson("doc=a\tc=CN\tc=US\ttext=x", 0,
	    "{\"doc\":\"a\",\"c\":[\"CN\",\"US\"],\"text\":\"x\"}",
	    "repeated key gives an array");
	tojson("c=CN\tdoc=a\tc=US", 0,
	    "{\"c\":[\"CN\",\"US\"],\"doc\":\"a\"}",
	    "apart repeated key gathered at its first field");
	tojson("doc=a\ttext=x", 1,
	    "{\"doc\":[\"a\"],\"text\":[\"x\"]}", "always arrays");
	tojson("t=a\\tb\\nc\\rd\\\\e\"f", 0,
	    "{\"t\":\"a\\tb\\nc\\rd\\\\e\\\"f\"}", "escapes carried over");
	tojson("t=\x01\x1f\x7f", 0, "{\"t\":\"\\u0001\\u001f\x7f\"}",
	    "control bytes as \\u00XX");
	tojson("t=\xe4\xb8\xad\xe2\x80\xa8", 0,
	    "{\"t\":\"\xe4\xb8\xad\xe2\x80\xa8\"}", "UTF-8 not escaped");
	tojson("t=", 0, "{\"t\":\"\"}", "empty value");

	json_put_string(&b, "a\\b\"\n\t", 6);
	is_mem(b.p, b.len, "\"a\\\\b\\\"\\n\\t\"", "put_string escapes");
	buf_free(&b);

	torec("{\"doc\":\"a\",\"text\":\"x\",\"c\":\"y\"}", "doc=a\tc=y\ttext=x",
	    "text goes last");
	torec("{\"a\":[\"x\",\"y\"],\"b\":[]}", "a=x\ta=y",
	    "arrays repeat keys, empty arrays vanish");
	torec("{\"a\":{\"b\":{\"c\":1}},\"d\":[{\"e\":1},{\"e\":2}]}",
	    "a.b.c=1\td.e=1\td.e=2", "nested objects flattened");
	torec("{\"n\":-12,\"r\":0.1,\"t\":true,\"f\":false,\"z\":null}",
	    "n=-12\tr=0.1\tt=true\tf=false\tz=", "scalars as strings");
	torec("{\"s\":\"a\\tb\\nc\\\\d\\r\\u00e9\\/\"}",
	    "s=a\\tb\\nc\\\\d\\r\xc3\xa9/", "string escapes");
	torec("{\"Title\":\"x\",\"Text\":\"y\",\"z\":1}",
	    "title=x\tz=1\ttext=y", "mapped Text is text");
	torec("{\"text\":[\"a\",\"b\"],\"k\":1}", "k=1\ttext=a\ttext=b",
	    "several texts all go last");
	torec(" {\"a\":\"b\"} \r", "a=b", "white space and CR around");
	torec("[]", NULL, "array line");
	torec("{\"a\":[\"x\",\"y\",\"x\"],\"b\":\"x\",\"t\":[\"a\",\"a\"]}",
	    "a=x\ta=y\tb=x\tt=a", "a repeated key=value is written once");
	torec("{\"text\":[\"p\",\"p\",\"q\"],\"a\":\"p\",\"b\":[\"pq\",\"p\"]}",
	    "a=p\tb=pq\tb=p\ttext=p\ttext=q", "also for text; prefixes differ");
	torec("{\"A\":1,\"a\":1,\"a b\":2,\"a_b\":2}", "a=1\ta_b=2",
	    "keys that map to one repeat once");

	badmsg("{\"a\":1", 6, "invalid JSON at column 6: '}' expected near "
	    "end of file", "truncated object");
	badmsg("42", 2, "not a JSON object but a number", "number line");
	badmsg("null", 4, "not a JSON object but null", "null line");
	badmsg("  ", 2, "empty line", "blank line");
	badmsg("{}", 2, "object gives no fields", "empty object");
	badmsg("{\"a\":\"\\u0000\"}", 14, "\\u0000 in the value of \"a\" "
	    "(a record cannot hold a NUL)", "escaped NUL");
	badmsg("{\"a\":\"\0\"}", 8, "NUL byte at byte 7", "raw NUL");
	badmsg("{\"a\":\"\xc3\"}", 9, "invalid UTF-8 \"\\303\"}\" at byte 7",
	    "invalid UTF-8");
	badmsg("{\"a\":1,\"a\":2}", 13, "invalid JSON at column 10: "
	    "duplicate object key near '\"a\"'", "duplicate key");

	key("title", "title");
	key("Title", "title");
	key("Page Views", "page_views");
	key("_id", "x_id");
	key("2nd", "x2nd");
	key("", "x");
	key("pa\xc3\xads", "pa_s");
	key("\xc3\xa9t\xc3\xa9", "x_t_");
	key("a.b-c_d", "a.b-c_d");
	key("@type", "x_type");

	real(0.1, "0.1");
	real(1.0, "1");
	real(1000.0, "1000");
	real(123.456, "123.456");
	real(1.5e-7, "1.5e-7");
	real(1e21, "1e21");
	real(1e20, "100000000000000000000");
	real(0.000001, "0.000001");
	real(-2.5e-10, "-2.5e-10");
	real(5e-324, "5e-324");
	real(1.7976931348623157e308, "1.7976931348623157e308");
	return tap_done();
}
