// Hand-written stand-in for Botan's <botan/secmem.h> (Botan is not installed): KeePassXC's key headers only hold a
// Botan::secure_vector member. Declarations only.
#ifndef WEBHOOK70_STUB_BOTAN_SECMEM_H
#define WEBHOOK70_STUB_BOTAN_SECMEM_H
#include <vector>
namespace Botan {
template <typename T> using secure_vector = std::vector<T>;
}
#endif
