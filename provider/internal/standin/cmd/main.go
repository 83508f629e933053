// Command standin plays VBoxManage, vmrun or vmware-networks for the provider's
// acceptance tests, by the name it is called as. See package standin.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/standin"
)

func main() {
	var err error
	switch filepath.Base(os.Args[0]) {
	case "VBoxManage":
		err = standin.VBoxManage(os.Args[1:], os.Stdout)
	case "vmrun":
		err = standin.Vmrun(os.Args[1:], os.Stdout)
	case "vmware-networks":
		err = standin.VmwareNetworks(os.Args[1:], os.Stdout)
	default:
		err = fmt.Errorf("standin: called as %q; link it as VBoxManage, vmrun or vmware-networks", os.Args[0])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
