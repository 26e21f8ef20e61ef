/* Hand-written, declaration-only stand-in for the OpenVPN plugin API header (openvpn-plugin.h, v1 entry
 * points only), which Debian ships in openvpn's source, not as a -dev package here. */
#ifndef OPENVPN_PLUGIN_H_
#define OPENVPN_PLUGIN_H_
#define OPENVPN_EXPORT
typedef void *openvpn_plugin_handle_t;
#define OPENVPN_PLUGIN_AUTH_USER_PASS_VERIFY 5
#define OPENVPN_PLUGIN_MASK(x) (1 << (x))
#define OPENVPN_PLUGIN_FUNC_SUCCESS 0
#define OPENVPN_PLUGIN_FUNC_ERROR 1
OPENVPN_EXPORT openvpn_plugin_handle_t openvpn_plugin_open_v1(unsigned int *type_mask, const char *argv[],
                                                              const char *envp[]);
OPENVPN_EXPORT int openvpn_plugin_func_v1(openvpn_plugin_handle_t handle, const int type, const char *argv[],
                                          const char *envp[]);
OPENVPN_EXPORT void openvpn_plugin_close_v1(openvpn_plugin_handle_t handle);
#endif
