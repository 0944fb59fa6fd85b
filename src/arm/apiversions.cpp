#include "arm/apiversions.h"
