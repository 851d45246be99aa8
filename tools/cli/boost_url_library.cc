// Compiles Boost.URL's implementation into the gleaner binary: Debian 12
// ships Boost.URL 1.81's headers but no libboost_url to link, and the library
// documents this single-source inclusion as its header-only mode.
#include <boost/url/src.hpp>
