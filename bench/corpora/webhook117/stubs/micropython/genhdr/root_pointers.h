// Hand-written stand-in for the generated genhdr/root_pointers.h: no extra root pointers.
