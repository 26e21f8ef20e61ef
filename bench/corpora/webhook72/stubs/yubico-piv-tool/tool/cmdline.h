/* Hand-written stand-in for tool/cmdline.h, which gengetopt generates from tool/cmdline.ggo at build time.
   common/util.h only needs the option enum types named in its prototypes; the enumerators are placeholders. */
#ifndef WEBHOOK72_STUB_CMDLINE_H
#define WEBHOOK72_STUB_CMDLINE_H
enum enum_format { format__NULL = -1, format_arg_hex = 0, format_arg_base64, format_arg_binary };
enum enum_slot { slot__NULL = -1, slot_arg_9a = 0 };
enum enum_hash { hash__NULL = -1, hash_arg_SHA1 = 0 };
enum enum_algorithm { algorithm__NULL = -1, algorithm_arg_RSA2048 = 0 };
enum enum_pin_policy { pin_policy__NULL = -1, pin_policy_arg_never = 0 };
enum enum_touch_policy { touch_policy__NULL = -1, touch_policy_arg_never = 0 };
#endif
