#include "identity/tokensource.h"
