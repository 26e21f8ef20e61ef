/* Hand-written declaration-only stand-in for cfg-gram.h, the header bison writes from cfg-gram.y (bison is not
   installed here). Only the semantic value type and location type that cfgdef.h uses. */
#ifndef POUND_CFG_GRAM_H_STUB
#define POUND_CFG_GRAM_H_STUB
#define YYLTYPE struct locus_range
typedef union YYSTYPE
{
  STRING *string;
  char *text;
  unsigned long number;
  int boolean;
  struct { CFG_DEFN const *defn; CFG_RCVR rcvr; } defn;
  struct { CFG_DEFN const *defn; CFG_RCVR rcvr; int target; } rewrite;
  CFG_ARG *arg;
  CFG_ARG_HEAD arglist;
  CFG_NODE *node;
  CFG_AST *subtree;
  CFG_FLAG *flag;
} YYSTYPE;
#endif
