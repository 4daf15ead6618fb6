/*
 * t-expr: the expression compiler (precedence, errors naming their word)
 * and the matcher (repeated keys, absence, numbers, escapes, limits).
 */
#include <stdlib.h>
#include <string.h>

#include "expr.h"
#include "rec.h"
#include "tap.h"

#define MAXW	16

/* Splits s on spaces into words (at most MAXW); "\x01" stands for TAB. */
static int
split(const char *s, char *copy, char **w)
{
	char *p, *q;
	int n = 0;

	strcpy(copy, s);
	for (p = copy; *p != '\0'; p++)
		if (*p == '\x01')
			*p = '\t';
	for (p = copy; p != NULL && *p != '\0' && n < MAXW; p = q) {
		if ((q = strchr(p, ' ')) != NULL)
			*q++ = '\0';
		w[n++] = p;
	}
	return n;
}

/*
 * tap.h's ok() evaluates its condition more than once: results of calls
 * with side effects are kept in variables first.
 */

/* Returns expr_match of the words of ex on line, or -2 if ex is bad. */
static int
match(const char *ex, const char *line)
{
	char copy[512], err[512], *w[MAXW];
	struct rec r = { 0 };
	struct rec_err re;
	struct expr *e;
	int n, rc;

	n = split(ex, copy, w);
	if ((e = expr_compile(n, w, NULL, err, sizeof(err))) == NULL) {
		printf("# %s: %s\n", ex, err);
		return -2;
	}
	if (rec_parse(&r, line, strlen(line), &re) == -1) {
		printf("# bad record %s\n", line);
		rc = -3;
	} else
		rc = expr_match(e, &r);
	rec_free(&r);
	expr_free(e);
	return rc;
}

/* Returns the compile error of ex, or "" when it compiles. */
static const char *
cerr(const char *ex)
{
	static char err[512];
	char copy[512], *w[MAXW];
	struct expr *e;
	int n;

	n = split(ex, copy, w);
	err[0] = '\0';
	e = expr_compile(n, w, NULL, err, sizeof(err));
	expr_free(e);
	return e != NULL ? "" : err;
}

#define R1 "doc=a\tcountry=CN\tcountry=US\tevent=accuse\toff=120\ttext=x"

static void
test_operators(void)
{
	ok(match("country=CN", R1) == 1, "= first value");
	ok(match("country=US", R1) == 1, "= second value of a repeated key");
	ok(match("country=NZ", R1) == 0, "= no value");
	ok(match("country=C", R1) == 0, "= is whole-value, not a prefix");
	ok(match("country!=NZ", R1) == 1, "!= no value equals");
	ok(match("country!=US", R1) == 0, "!= false when any value equals");
	ok(match("person!=X", R1) == 1, "!= true for an absent key");
	ok(match("country~^U", R1) == 1, "~ some value matches");
	ok(match("country~^N", R1) == 0, "~ no value matches");
	ok(match("country!~^N", R1) == 1, "!~ no value matches");
	ok(match("country!~^C", R1) == 0, "!~ false when any value matches");
	ok(match("person!~.", R1) == 1, "!~ true for an absent key");
	ok(match("person~.", R1) == 0, "~ false for an absent key");
	ok(match("country", R1) == 1, "presence");
	ok(match("person", R1) == 0, "presence of an absent key");
	ok(match("not person", R1) == 1, "absence");
	ok(match("not country", R1) == 0, "absence of a present key");
}

static void
test_numbers(void)
{
	ok(match("off<121", R1) == 1, "< integer");
	ok(match("off<120", R1) == 0, "< equal is false");
	ok(match("off<=120", R1) == 1, "<= equal");
	ok(match("off>119.5", R1) == 1, "> decimal bound");
	ok(match("off>=120.0", R1) == 1, ">= trailing zeros");
	ok(match("off>120.01", R1) == 0, "> fraction");
	ok(match("off>-5", R1) == 1, "> negative bound");
	ok(match("n<0", "n=-0.5") == 1, "negative value below zero");
	ok(match("n<-1", "n=-0.5") == 0, "-0.5 is not below -1");
	ok(match("n<-0.4", "n=-0.5") == 1, "-0.5 is below -0.4");
	ok(match("n>=0", "n=-0") == 1, "-0 equals 0");
	ok(match("n>=0", "n=007") == 1, "leading zeros");
	ok(match("n>99999999999999999999",
	    "n=100000000000000000000") == 1, "big integers compare exactly");
	ok(match("n>9007199254740992", "n=9007199254740993") == 1,
	    "past double precision");
	ok(match("n<5", "n=abc") == 0, "a non-number is not in <");
	ok(match("n>5", "n=abc") == 0, "a non-number is not in >");
	ok(match("n>5", "n=1e9") == 0, "exponents are not numbers");
	ok(match("n>5", "n=+9") == 0, "a plus sign is not a number");
	ok(match("n>5", "n= 9") == 0, "spaces are not numbers");
	ok(match("n>5", "n=9.") == 0, "a bare dot is not a number");
	ok(match("n>5", "n=x\tn=9") == 1, "some value of a repeated key");
	ok(match("off<5", R1) == 0, "no value in the relation");
	ok(match("person<5", R1) == 0, "absent key");
}

static void
test_escapes(void)
{
	ok(match("text=a\\tb", "text=a\\tb") == 1, "\\t in = matches \\t");
	ok(match("text=a\x01" "b", "text=a\\tb") == 1,
	    "a raw TAB in = matches \\t");
	ok(match("text=a\\\\b", "text=a\\\\b") == 1, "\\\\ matches \\\\");
	ok(match("text=a\\\\b", "text=a\\tb") == 0, "\\\\ is not \\t");
	ok(match("text~a\\tb", "text=a\\tb") == 1,
	    "regex \\t matches an escaped TAB");
	ok(match("text~^a\\\\tb$", "text=a\\tb") == 0,
	    "regex sees the unescaped value");
	ok(match("text~^a\\\\tb$", "text=a\\\\tb") == 1,
	    "regex \\\\ matches a backslash");
	ok(match("text~^.$", "text=\xc3\xa9") == 1, "regex in UTF mode");
	ok(match("text=\xc3\xa9", "text=\xc3\xa9") == 1, "UTF-8 value");
	ok(match("text=e\xcc\x81", "text=\xc3\xa9") == 0,
	    "values compare byte for byte, no normalization");
}

static void
test_precedence(void)
{
	const char *r = "a=1\tb=2";

	/* not > and > or */
	ok(match("a=1 or b=9 and c=3", r) == 1, "and binds tighter than or");
	ok(match("( a=1 or b=9 ) and c=3", r) == 0, "parentheses");
	ok(match("c=3 and b=9 or a=1", r) == 1, "or after and");
	ok(match("not a=1 or b=2", r) == 1, "not binds tighter than or");
	ok(match("not a=1 and b=2", r) == 0, "not binds tighter than and");
	ok(match("not ( a=1 and b=9 )", r) == 1, "not of a group");
	ok(match("not not a=1", r) == 1, "double not");
	ok(match("a=1 b=2", r) == 1, "juxtaposition is and");
	ok(match("a=1 b=9", r) == 0, "juxtaposition is and, false");
	ok(match("a=9 or b=9 or b=2", r) == 1, "or chain");
	ok(match("( ( ( a=1 ) ) )", r) == 1, "nested groups");
	ok(match("a=9 b=2 or a=1 b=9 or a=1 b=2", r) == 1, "sum of products");
}

static void
test_errors(void)
{
	int rc;

	is_mem(cerr("country="), strlen(cerr("country=")),
	    "expected value after \"country=\" (word 1)", "empty value");
	is_mem(cerr("a=1 and country="), strlen(cerr("a=1 and country=")),
	    "expected value after \"country=\" (word 3)", "word number");
	is_mem(cerr("( a=1"), strlen(cerr("( a=1")),
	    "unbalanced \"(\" (word 1)", "unclosed (");
	is_mem(cerr("a=1 )"), strlen(cerr("a=1 )")),
	    "unbalanced \")\" (word 2)", "stray )");
	is_mem(cerr("( )"), strlen(cerr("( )")),
	    "expected an expression after \"(\" (word 1)", "empty group");
	is_mem(cerr("b~a("), strlen(cerr("b~a(")),
	    "bad regex \"a(\" (word 1): missing closing parenthesis at "
	    "offset 2", "bad regex");
	is_mem(cerr("a=1 and"), strlen(cerr("a=1 and")),
	    "expected an expression after \"and\" (word 2)", "trailing and");
	is_mem(cerr("or a=1"), strlen(cerr("or a=1")),
	    "expected an expression before \"or\" (word 1)", "leading or");
	is_mem(cerr("a=1 or or b=1"), strlen(cerr("a=1 or or b=1")),
	    "expected an expression after \"or\" (word 2)", "or or");
	is_mem(cerr("not"), strlen(cerr("not")),
	    "expected an expression after \"not\" (word 1)", "lone not");
	is_mem(cerr("Country=NZ"), strlen(cerr("Country=NZ")),
	    "bad key \"Country\" in \"Country=NZ\" (word 1)", "bad key");
	is_mem(cerr("=NZ"), strlen(cerr("=NZ")),
	    "bad key \"\" in \"=NZ\" (word 1)", "empty key");
	is_mem(cerr("(a=1"), strlen(cerr("(a=1")),
	    "bad key \"(a\" in \"(a=1\" (word 1): \"(\" and \")\" are "
	    "words of their own", "glued parenthesis");
	is_mem(cerr("x:y"), strlen(cerr("x:y")),
	    "bad key \"x:y\" (word 1)", "no operator");
	is_mem(cerr("off<1e3"), strlen(cerr("off<1e3")),
	    "bad number \"1e3\" in \"off<1e3\" (word 1): a number is "
	    "[-]digits[.digits]", "bad number");
	is_mem(cerr("off>="), strlen(cerr("off>=")),
	    "expected number after \"off>=\" (word 1)", "missing number");
	is_mem(cerr("a!b"), strlen(cerr("a!b")),
	    "bad operator in \"a!b\" (word 1): \"!\" must be followed by "
	    "\"=\" or \"~\"", "bad operator");
	is_mem(cerr("a~"), strlen(cerr("a~")),
	    "expected regex after \"a~\" (word 1)", "missing regex");
	is_mem(cerr("a=\xff"), strlen(cerr("a=\xff")),
	    "invalid UTF-8 in \"a=\\377\" (word 1)", "invalid UTF-8");
	ok(cerr("a=1 and ( b=2 or not c ) d~x e!~y f<1 g<=2 h>3 i>=4")[0]
	    == '\0', "a good expression compiles");
	rc = match("", "a=1");
	ok(rc == -2, "empty expression");
}

static void
test_depth(void)
{
	char *w[2 * EXPR_MAXDEPTH + 3], err[512];
	struct expr *e;
	int i, n = 0;

	for (i = 0; i < EXPR_MAXDEPTH + 1; i++)
		w[n++] = "(";
	w[n++] = "a";
	for (i = 0; i < EXPR_MAXDEPTH + 1; i++)
		w[n++] = ")";
	e = expr_compile(n, w, NULL, err, sizeof(err));
	ok(e == NULL && strstr(err, "nested too deeply") != NULL &&
	    strstr(err, "(word 257)") != NULL, "deep nesting is an error");
	expr_free(e);
	e = expr_compile(n - 2, w + 1, NULL, err, sizeof(err));
	ok(e != NULL, "%d levels are fine", EXPR_MAXDEPTH);
	expr_free(e);
}

static void
test_limits(void)
{
	char line[4096], err[512], *w[] = { "t~(a+)+$" };
	struct expr_limits lim = { 1000, 1 << 20 };
	struct rec r = { 0 };
	struct rec_err re;
	const struct scan_field *f;
	struct expr *e;
	size_t n;
	int rc;

	memcpy(line, "t=", 2);
	memset(line + 2, 'a', 3000);
	strcpy(line + 3002, "b");
	e = expr_compile(1, w, &lim, err, sizeof(err));
	ok(rec_parse(&r, line, strlen(line), &re) == 0, "long record");
	rc = expr_match(e, &r);
	ok(rc == -1, "catastrophic regex hits a limit");
	ok(strstr(expr_error(e), "regex \"(a+)+$\" (word 1) hit the") != NULL,
	    "limit message: %s", expr_error(e));
	ok(expr_needles(e, &f, &n) == -1, "no needle for a regex");
	expr_free(e);
	rec_free(&r);
}

static void
test_needle(void)
{
	char err[512], *w[] = { "a~x", "country=NZ", "b=xy" };
	char *w2[] = { "a=x\\ty" }, *w3[] = { "a=1", "or", "b=2" };
	char *w5[] = { "a=1", "and", "b=2", "c=3" };
	char tab[] = "a=x\ty", *w4[] = { tab };
	const struct scan_field *f;
	struct expr *e;
	size_t n;

	e = expr_compile(3, w, NULL, err, sizeof(err));
	ok(expr_needles(e, &f, &n) == 0, "needles of an and with a regex");
	ok(n == 2, "two needles");
	is_mem(f[0].p, f[0].len, "country=NZ", "first = test");
	is_mem(f[1].p, f[1].len, "b=xy", "second = test");
	expr_free(e);
	e = expr_compile(1, w2, NULL, err, sizeof(err));
	ok(expr_needles(e, &f, &n) == 1 && n == 1,
	    "needle of one test is enough");
	is_mem(f[0].p, f[0].len, "a=x\\ty", "escaped form");
	expr_free(e);
	e = expr_compile(1, w4, NULL, err, sizeof(err));
	ok(expr_needles(e, &f, &n) == 1, "needle with a raw TAB");
	is_mem(f[0].p, f[0].len, "a=x\\ty", "escaped from a raw TAB");
	expr_free(e);
	e = expr_compile(3, w3, NULL, err, sizeof(err));
	ok(expr_needles(e, &f, &n) == -1, "no needle for an or");
	expr_free(e);
	e = expr_compile(4, w5, NULL, err, sizeof(err));
	ok(expr_needles(e, &f, &n) == 1 && n == 3,
	    "an and of = tests: its needles are enough");
	expr_free(e);
}

int
main(void)
{
	test_operators();
	test_numbers();
	test_escapes();
	test_precedence();
	test_errors();
	test_depth();
	test_limits();
	test_needle();
	return tap_done();
}
