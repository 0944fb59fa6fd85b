#pragma once

#include <memory>

namespace dockervm {

// The std::unique_ptr deleter for an OpenSSL object with its free function, e.g.
// std::unique_ptr<X509, OpenSslFree<X509_free>>. (Only for real functions: OPENSSL_free is a
// macro and needs a deleter of its own.)
template <auto FreeFn> struct OpenSslFree
{
    template <typename T> void operator()(T *p) const { FreeFn(p); }
};

} // namespace dockervm
