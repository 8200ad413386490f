const _virtual_mermaidConfig = { "securityLevel": "loose", "startOnLoad": false };
export {
  _virtual_mermaidConfig as default
};
