// Package validate holds the attribute validators the resources share: values
// that become argv words of host tools, config-file lines or paths, addresses and
// prefixes, and bounded numbers. HCL written against the provider directly gets
// the same checks the constructs make.
package validate
