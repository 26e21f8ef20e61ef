// Hand-written, declaration-only stand-in for <gflags/gflags.h> (not installed): the DEFINE_* macros
// declare the FLAGS_ variable (extern) and the validator registration, nothing else.
#pragma once
#include <cstdint>
#include <string>

namespace gflags {
bool RegisterFlagValidator(const std::string *flag, bool (*validate_fn)(const char *, const std::string &));
bool RegisterFlagValidator(const bool *flag, bool (*validate_fn)(const char *, bool));
bool RegisterFlagValidator(const std::int32_t *flag, bool (*validate_fn)(const char *, std::int32_t));
bool RegisterFlagValidator(const std::int64_t *flag, bool (*validate_fn)(const char *, std::int64_t));
bool RegisterFlagValidator(const std::uint64_t *flag, bool (*validate_fn)(const char *, std::uint64_t));
bool RegisterFlagValidator(const double *flag, bool (*validate_fn)(const char *, double));
}

#define DEFINE_string(name, val, txt) extern std::string FLAGS_##name
#define DEFINE_bool(name, val, txt) extern bool FLAGS_##name
#define DEFINE_int32(name, val, txt) extern std::int32_t FLAGS_##name
#define DEFINE_int64(name, val, txt) extern std::int64_t FLAGS_##name
#define DEFINE_uint64(name, val, txt) extern std::uint64_t FLAGS_##name
#define DEFINE_double(name, val, txt) extern double FLAGS_##name
#define DEFINE_HIDDEN_string DEFINE_string
#define DEFINE_HIDDEN_bool DEFINE_bool
#define DEFINE_HIDDEN_int32 DEFINE_int32
#define DEFINE_HIDDEN_int64 DEFINE_int64
#define DEFINE_HIDDEN_uint64 DEFINE_uint64
#define DEFINE_HIDDEN_double DEFINE_double
#define DECLARE_string(name) extern std::string FLAGS_##name
#define DECLARE_bool(name) extern bool FLAGS_##name
#define DECLARE_int32(name) extern std::int32_t FLAGS_##name
#define DECLARE_int64(name) extern std::int64_t FLAGS_##name
#define DECLARE_uint64(name) extern std::uint64_t FLAGS_##name
#define DECLARE_double(name) extern double FLAGS_##name
#define DEFINE_validator(name, validator) \
  extern const bool name##_validator_registered
