// No network library at all.
int add(int a, int b) { return a + b; }
