#ifndef BACKCOACH_CEDITLINE_SHIM_H
#define BACKCOACH_CEDITLINE_SHIM_H
#include <stdio.h>
#include <editline/readline.h>
#endif
