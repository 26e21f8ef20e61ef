static int atomic_counter;
#define macro_twice(x) ((x) * 2)
int bump(void) { return macro_twice(++atomic_counter); }
