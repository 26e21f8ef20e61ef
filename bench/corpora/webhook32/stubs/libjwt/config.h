/* config.h (webhook32): libjwt's CMake build generates no config.h; empty */
