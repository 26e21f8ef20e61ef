// net39 stub: declaration-only stand-in for Apache Avro C++ (avro/Specific.hh, Encoder.hh, Decoder.hh) as used
// by daceDS's generated datamodel headers. Debian 12 packages only avro-c, not the C++ library.
#ifndef NET39_STUB_AVRO_SPECIFIC_HH
#define NET39_STUB_AVRO_SPECIFIC_HH
#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>
namespace avro {
class Exception : public std::runtime_error {
  public:
    explicit Exception(const std::string& msg) : std::runtime_error(msg) {}
};
class Encoder {
  public:
    virtual ~Encoder();
    void encodeNull();
    void encodeUnionIndex(size_t e);
};
class Decoder {
  public:
    virtual ~Decoder();
    void decodeNull();
    size_t decodeUnionIndex();
};
class ResolvingDecoder : public Decoder {
  public:
    const std::vector<size_t>& fieldOrder();
};
template <typename T> struct codec_traits {
    static void encode(Encoder& e, const T& t);
    static void decode(Decoder& d, T& t);
};
template <typename T> void encode(Encoder& e, const T& t) { codec_traits<T>::encode(e, t); }
template <typename T> void decode(Decoder& d, T& t) { codec_traits<T>::decode(d, t); }
}  // namespace avro
#endif
