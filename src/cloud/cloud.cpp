#include "cloud/cloud.h"
