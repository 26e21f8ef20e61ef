#ifndef HASHES_H
#define HASHES_H

typedef unsigned int t_hash[5];

int hash_eq(const t_hash h1, const t_hash h2);
int pwdcompare(const char *p1, const char *p2);
int digest_equal(const unsigned char *a, const unsigned char *b);
int str_eq(const char *a, const char *b);

#endif
