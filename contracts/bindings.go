// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// KsETHMetaData contains all meta data concerning the KsETH contract.
var KsETHMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x608060405234801561000f575f5ffd5b50604051610b88380380610b8883398101604081905261002e91610130565b806040518060400160405280601381526020017f4b65795374616b65207374616b65642045544800000000000000000000000000815250604051806040016040528060058152602001640d6e68aa8960db1b815250816003908161009291906101f5565b50600461009f82826101f5565b5050506001600160a01b0381166100cf57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b6100d8816100df565b50506102af565b600580546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b5f60208284031215610140575f5ffd5b81516001600160a01b0381168114610156575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061018557607f821691505b6020821081036101a357634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156101f057805f5260205f20601f840160051c810160208510156101ce5750805b601f840160051c820191505b818110156101ed575f81556001016101da565b50505b505050565b81516001600160401b0381111561020e5761020e61015d565b6102228161021c8454610171565b846101a9565b6020601f821160018114610254575f831561023d5750848201515b5f19600385901b1c1916600184901b1784556101ed565b5f84815260208120601f198516915b828110156102835787850151825560209485019460019092019101610263565b50848210156102a057868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b6108cc806102bc5f395ff3fe608060405234801561000f575f5ffd5b50600436106100e5575f3560e01c8063715018a6116100885780639dc29fac116100635780639dc29fac146101c6578063a9059cbb146101d9578063dd62ed3e146101ec578063f2fde38b14610224575f5ffd5b8063715018a61461019b5780638da5cb5b146101a357806395d89b41146101be575f5ffd5b806323b872dd116100c357806323b872dd1461013c578063313ce5671461014f57806340c10f191461015e57806370a0823114610173575f5ffd5b806306fdde03146100e9578063095ea7b31461010757806318160ddd1461012a575b5f5ffd5b6100f1610237565b6040516100fe9190610765565b60405180910390f35b61011a6101153660046107b5565b6102c7565b60405190151581526020016100fe565b6002545b6040519081526020016100fe565b61011a61014a3660046107dd565b6102e0565b604051601281526020016100fe565b61017161016c3660046107b5565b610303565b005b61012e610181366004610817565b6001600160a01b03165f9081526020819052604090205490565b610171610319565b6005546040516001600160a01b0390911681526020016100fe565b6100f161032c565b6101716101d43660046107b5565b61033b565b61011a6101e73660046107b5565b61034d565b61012e6101fa366004610837565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b610171610232366004610817565b61035a565b60606003805461024690610868565b80601f016020809104026020016040519081016040528092919081815260200182805461027290610868565b80156102bd5780601f10610294576101008083540402835291602001916102bd565b820191905f5260205f20905b8154815290600101906020018083116102a057829003601f168201915b5050505050905090565b5f336102d481858561039c565b60019150505b92915050565b5f336102ed8582856103ae565b6102f885858561042a565b506001949350505050565b61030b610487565b61031582826104b4565b5050565b610321610487565b61032a5f6104e8565b565b60606004805461024690610868565b610343610487565b6103158282610539565b5f336102d481858561042a565b610362610487565b6001600160a01b03811661039057604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b610399816104e8565b50565b6103a9838383600161056d565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610424578181101561041657604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610387565b61042484848484035f61056d565b50505050565b6001600160a01b03831661045357604051634b637e8f60e11b81525f6004820152602401610387565b6001600160a01b03821661047c5760405163ec442f0560e01b81525f6004820152602401610387565b6103a983838361063f565b6005546001600160a01b0316331461032a5760405163118cdaa760e01b8152336004820152602401610387565b6001600160a01b0382166104dd5760405163ec442f0560e01b81525f6004820152602401610387565b6103155f838361063f565b600580546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b03821661056257604051634b637e8f60e11b81525f6004820152602401610387565b610315825f8361063f565b6001600160a01b0384166105965760405163e602df0560e01b81525f6004820152602401610387565b6001600160a01b0383166105bf57604051634a1406b160e11b81525f6004820152602401610387565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561042457826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161063191815260200190565b60405180910390a350505050565b6001600160a01b038316610669578060025f82825461065e91906108a0565b909155506106d99050565b6001600160a01b0383165f90815260208190526040902054818110156106bb5760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610387565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b0382166106f557600280548290039055610713565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161075891815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b03811681146107b0575f5ffd5b919050565b5f5f604083850312156107c6575f5ffd5b6107cf8361079a565b946020939093013593505050565b5f5f5f606084860312156107ef575f5ffd5b6107f88461079a565b92506108066020850161079a565b929592945050506040919091013590565b5f60208284031215610827575f5ffd5b6108308261079a565b9392505050565b5f5f60408385031215610848575f5ffd5b6108518361079a565b915061085f6020840161079a565b90509250929050565b600181811c9082168061087c57607f821691505b60208210810361089a57634e487b7160e01b5f52602260045260245ffd5b50919050565b808201808211156102da57634e487b7160e01b5f52601160045260245ffdfea164736f6c634300081e000a",
}

// KsETHABI is the input ABI used to generate the binding from.
// Deprecated: Use KsETHMetaData.ABI instead.
var KsETHABI = KsETHMetaData.ABI

// KsETHBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use KsETHMetaData.Bin instead.
var KsETHBin = KsETHMetaData.Bin

// DeployKsETH deploys a new Ethereum contract, binding an instance of KsETH to it.
func DeployKsETH(auth *bind.TransactOpts, backend bind.ContractBackend, pool common.Address) (common.Address, *types.Transaction, *KsETH, error) {
	parsed, err := KsETHMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(KsETHBin), backend, pool)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &KsETH{KsETHCaller: KsETHCaller{contract: contract}, KsETHTransactor: KsETHTransactor{contract: contract}, KsETHFilterer: KsETHFilterer{contract: contract}}, nil
}

// KsETH is an auto generated Go binding around an Ethereum contract.
type KsETH struct {
	KsETHCaller     // Read-only binding to the contract
	KsETHTransactor // Write-only binding to the contract
	KsETHFilterer   // Log filterer for contract events
}

// KsETHCaller is an auto generated read-only Go binding around an Ethereum contract.
type KsETHCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// KsETHTransactor is an auto generated write-only Go binding around an Ethereum contract.
type KsETHTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// KsETHFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type KsETHFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// KsETHSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type KsETHSession struct {
	Contract     *KsETH            // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// KsETHCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type KsETHCallerSession struct {
	Contract *KsETHCaller  // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts // Call options to use throughout this session
}

// KsETHTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type KsETHTransactorSession struct {
	Contract     *KsETHTransactor  // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// KsETHRaw is an auto generated low-level Go binding around an Ethereum contract.
type KsETHRaw struct {
	Contract *KsETH // Generic contract binding to access the raw methods on
}

// KsETHCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type KsETHCallerRaw struct {
	Contract *KsETHCaller // Generic read-only contract binding to access the raw methods on
}

// KsETHTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type KsETHTransactorRaw struct {
	Contract *KsETHTransactor // Generic write-only contract binding to access the raw methods on
}

// NewKsETH creates a new instance of KsETH, bound to a specific deployed contract.
func NewKsETH(address common.Address, backend bind.ContractBackend) (*KsETH, error) {
	contract, err := bindKsETH(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &KsETH{KsETHCaller: KsETHCaller{contract: contract}, KsETHTransactor: KsETHTransactor{contract: contract}, KsETHFilterer: KsETHFilterer{contract: contract}}, nil
}

// NewKsETHCaller creates a new read-only instance of KsETH, bound to a specific deployed contract.
func NewKsETHCaller(address common.Address, caller bind.ContractCaller) (*KsETHCaller, error) {
	contract, err := bindKsETH(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &KsETHCaller{contract: contract}, nil
}

// NewKsETHTransactor creates a new write-only instance of KsETH, bound to a specific deployed contract.
func NewKsETHTransactor(address common.Address, transactor bind.ContractTransactor) (*KsETHTransactor, error) {
	contract, err := bindKsETH(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &KsETHTransactor{contract: contract}, nil
}

// NewKsETHFilterer creates a new log filterer instance of KsETH, bound to a specific deployed contract.
func NewKsETHFilterer(address common.Address, filterer bind.ContractFilterer) (*KsETHFilterer, error) {
	contract, err := bindKsETH(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &KsETHFilterer{contract: contract}, nil
}

// bindKsETH binds a generic wrapper to an already deployed contract.
func bindKsETH(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := KsETHMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_KsETH *KsETHRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _KsETH.Contract.KsETHCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_KsETH *KsETHRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _KsETH.Contract.KsETHTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_KsETH *KsETHRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _KsETH.Contract.KsETHTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_KsETH *KsETHCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _KsETH.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_KsETH *KsETHTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _KsETH.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_KsETH *KsETHTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _KsETH.Contract.contract.Transact(opts, method, params...)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_KsETH *KsETHCaller) Allowance(opts *bind.CallOpts, owner common.Address, spender common.Address) (*big.Int, error) {
	var out []interface{}
	err := _KsETH.contract.Call(opts, &out, "allowance", owner, spender)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_KsETH *KsETHSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _KsETH.Contract.Allowance(&_KsETH.CallOpts, owner, spender)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_KsETH *KsETHCallerSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _KsETH.Contract.Allowance(&_KsETH.CallOpts, owner, spender)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_KsETH *KsETHCaller) BalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _KsETH.contract.Call(opts, &out, "balanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_KsETH *KsETHSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _KsETH.Contract.BalanceOf(&_KsETH.CallOpts, account)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_KsETH *KsETHCallerSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _KsETH.Contract.BalanceOf(&_KsETH.CallOpts, account)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_KsETH *KsETHCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _KsETH.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_KsETH *KsETHSession) Decimals() (uint8, error) {
	return _KsETH.Contract.Decimals(&_KsETH.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_KsETH *KsETHCallerSession) Decimals() (uint8, error) {
	return _KsETH.Contract.Decimals(&_KsETH.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_KsETH *KsETHCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _KsETH.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_KsETH *KsETHSession) Name() (string, error) {
	return _KsETH.Contract.Name(&_KsETH.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_KsETH *KsETHCallerSession) Name() (string, error) {
	return _KsETH.Contract.Name(&_KsETH.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_KsETH *KsETHCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _KsETH.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_KsETH *KsETHSession) Owner() (common.Address, error) {
	return _KsETH.Contract.Owner(&_KsETH.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_KsETH *KsETHCallerSession) Owner() (common.Address, error) {
	return _KsETH.Contract.Owner(&_KsETH.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_KsETH *KsETHCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _KsETH.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_KsETH *KsETHSession) Symbol() (string, error) {
	return _KsETH.Contract.Symbol(&_KsETH.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_KsETH *KsETHCallerSession) Symbol() (string, error) {
	return _KsETH.Contract.Symbol(&_KsETH.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_KsETH *KsETHCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _KsETH.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_KsETH *KsETHSession) TotalSupply() (*big.Int, error) {
	return _KsETH.Contract.TotalSupply(&_KsETH.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_KsETH *KsETHCallerSession) TotalSupply() (*big.Int, error) {
	return _KsETH.Contract.TotalSupply(&_KsETH.CallOpts)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_KsETH *KsETHTransactor) Approve(opts *bind.TransactOpts, spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _KsETH.contract.Transact(opts, "approve", spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_KsETH *KsETHSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _KsETH.Contract.Approve(&_KsETH.TransactOpts, spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_KsETH *KsETHTransactorSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _KsETH.Contract.Approve(&_KsETH.TransactOpts, spender, value)
}

// Burn is a paid mutator transaction binding the contract method 0x9dc29fac.
//
// Solidity: function burn(address from, uint256 amount) returns()
func (_KsETH *KsETHTransactor) Burn(opts *bind.TransactOpts, from common.Address, amount *big.Int) (*types.Transaction, error) {
	return _KsETH.contract.Transact(opts, "burn", from, amount)
}

// Burn is a paid mutator transaction binding the contract method 0x9dc29fac.
//
// Solidity: function burn(address from, uint256 amount) returns()
func (_KsETH *KsETHSession) Burn(from common.Address, amount *big.Int) (*types.Transaction, error) {
	return _KsETH.Contract.Burn(&_KsETH.TransactOpts, from, amount)
}

// Burn is a paid mutator transaction binding the contract method 0x9dc29fac.
//
// Solidity: function burn(address from, uint256 amount) returns()
func (_KsETH *KsETHTransactorSession) Burn(from common.Address, amount *big.Int) (*types.Transaction, error) {
	return _KsETH.Contract.Burn(&_KsETH.TransactOpts, from, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_KsETH *KsETHTransactor) Mint(opts *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _KsETH.contract.Transact(opts, "mint", to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_KsETH *KsETHSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _KsETH.Contract.Mint(&_KsETH.TransactOpts, to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_KsETH *KsETHTransactorSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _KsETH.Contract.Mint(&_KsETH.TransactOpts, to, amount)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_KsETH *KsETHTransactor) RenounceOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _KsETH.contract.Transact(opts, "renounceOwnership")
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_KsETH *KsETHSession) RenounceOwnership() (*types.Transaction, error) {
	return _KsETH.Contract.RenounceOwnership(&_KsETH.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_KsETH *KsETHTransactorSession) RenounceOwnership() (*types.Transaction, error) {
	return _KsETH.Contract.RenounceOwnership(&_KsETH.TransactOpts)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_KsETH *KsETHTransactor) Transfer(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _KsETH.contract.Transact(opts, "transfer", to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_KsETH *KsETHSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _KsETH.Contract.Transfer(&_KsETH.TransactOpts, to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_KsETH *KsETHTransactorSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _KsETH.Contract.Transfer(&_KsETH.TransactOpts, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_KsETH *KsETHTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _KsETH.contract.Transact(opts, "transferFrom", from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_KsETH *KsETHSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _KsETH.Contract.TransferFrom(&_KsETH.TransactOpts, from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_KsETH *KsETHTransactorSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _KsETH.Contract.TransferFrom(&_KsETH.TransactOpts, from, to, value)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_KsETH *KsETHTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _KsETH.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_KsETH *KsETHSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _KsETH.Contract.TransferOwnership(&_KsETH.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_KsETH *KsETHTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _KsETH.Contract.TransferOwnership(&_KsETH.TransactOpts, newOwner)
}

// KsETHApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the KsETH contract.
type KsETHApprovalIterator struct {
	Event *KsETHApproval // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *KsETHApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(KsETHApproval)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(KsETHApproval)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *KsETHApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *KsETHApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// KsETHApproval represents a Approval event raised by the KsETH contract.
type KsETHApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_KsETH *KsETHFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*KsETHApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _KsETH.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &KsETHApprovalIterator{contract: _KsETH.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_KsETH *KsETHFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *KsETHApproval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _KsETH.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(KsETHApproval)
				if err := _KsETH.contract.UnpackLog(event, "Approval", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseApproval is a log parse operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_KsETH *KsETHFilterer) ParseApproval(log types.Log) (*KsETHApproval, error) {
	event := new(KsETHApproval)
	if err := _KsETH.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// KsETHOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the KsETH contract.
type KsETHOwnershipTransferredIterator struct {
	Event *KsETHOwnershipTransferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *KsETHOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(KsETHOwnershipTransferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(KsETHOwnershipTransferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *KsETHOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *KsETHOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// KsETHOwnershipTransferred represents a OwnershipTransferred event raised by the KsETH contract.
type KsETHOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_KsETH *KsETHFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*KsETHOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _KsETH.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &KsETHOwnershipTransferredIterator{contract: _KsETH.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_KsETH *KsETHFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *KsETHOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _KsETH.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(KsETHOwnershipTransferred)
				if err := _KsETH.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_KsETH *KsETHFilterer) ParseOwnershipTransferred(log types.Log) (*KsETHOwnershipTransferred, error) {
	event := new(KsETHOwnershipTransferred)
	if err := _KsETH.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// KsETHTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the KsETH contract.
type KsETHTransferIterator struct {
	Event *KsETHTransfer // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *KsETHTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(KsETHTransfer)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(KsETHTransfer)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *KsETHTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *KsETHTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// KsETHTransfer represents a Transfer event raised by the KsETH contract.
type KsETHTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_KsETH *KsETHFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*KsETHTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _KsETH.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &KsETHTransferIterator{contract: _KsETH.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_KsETH *KsETHFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *KsETHTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _KsETH.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(KsETHTransfer)
				if err := _KsETH.contract.UnpackLog(event, "Transfer", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTransfer is a log parse operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_KsETH *KsETHFilterer) ParseTransfer(log types.Log) (*KsETHTransfer, error) {
	event := new(KsETHTransfer)
	if err := _KsETH.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MiniPoolMetaData contains all meta data concerning the MiniPool contract.
var MiniPoolMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIOperatorRegistry\",\"name\":\"registry\",\"type\":\"address\"},{\"internalType\":\"contractIDepositContract\",\"name\":\"depositContract_\",\"type\":\"address\"},{\"internalType\":\"contractIStakingPool\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"bond_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"commission\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyInitialized\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EtherTransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"operatorId\",\"type\":\"uint64\"}],\"name\":\"InvalidApproval\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidResult\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"name\":\"NotExit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotFactory\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotInitiator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"operatorId\",\"type\":\"uint64\"}],\"name\":\"NotOperatorOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOracle\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"name\":\"NotRewards\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotStakingPool\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"at\",\"type\":\"uint256\"}],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"WrongAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumMiniPool.State\",\"name\":\"current\",\"type\":\"uint8\"},{\"internalType\":\"enumMiniPool.State\",\"name\":\"expected\",\"type\":\"uint8\"}],\"name\":\"WrongState\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BondWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"}],\"name\":\"CredentialsChecked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"publicShares\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"depositDataRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"topUpDataRoot\",\"type\":\"bytes32\"}],\"name\":\"DKGResultSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"Dissolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"poolShare\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"initiatorShare\",\"type\":\"uint256\"}],\"name\":\"ExitDistributed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint64[4]\",\"name\":\"operatorIds\",\"type\":\"uint64[4]\"}],\"name\":\"ExitRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PreDeposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"poolShare\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"initiatorShare\",\"type\":\"uint256\"}],\"name\":\"RewardsDistributed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Staked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"COMMITTEE_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CONFIRMATION_TIMEOUT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DKG_RESULT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PRE_DEPOSIT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"THRESHOLD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VALIDATOR_BALANCE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimInitiatorRewards\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"claimOperatorRewards\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"commissionBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"}],\"name\":\"confirmCredentials\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositContract\",\"outputs\":[{\"internalType\":\"contractIDepositContract\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"dissolve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"distributeExit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"distributeRewards\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"validatorPubkey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"publicShares\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"depositDataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"topUpDataRoot\",\"type\":\"bytes32\"}],\"name\":\"dkgResultDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"factory\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"fund\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initiator_\",\"type\":\"address\"},{\"internalType\":\"uint64[4]\",\"name\":\"committee\",\"type\":\"uint64[4]\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"initiator\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"initiatorRewards\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operatorIds\",\"outputs\":[{\"internalType\":\"uint64[4]\",\"name\":\"\",\"type\":\"uint64[4]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"operatorRewards\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operators\",\"outputs\":[{\"internalType\":\"contractIOperatorRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"oracle\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"preDepositedAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pubkey\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestExit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakingPool\",\"outputs\":[{\"internalType\":\"contractIStakingPool\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"state\",\"outputs\":[{\"internalType\":\"enumMiniPool.State\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"validatorPubkey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"publicShares\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"depositSignature\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"depositDataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"topUpSignature\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"topUpDataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes[]\",\"name\":\"approvals\",\"type\":\"bytes[]\"}],\"name\":\"submitDKGResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawBond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawalCredentials\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	Bin: "0x610220604052348015610010575f5ffd5b50604051612ecf380380612ecf83398101604081905261002f916101e3565b604080518082018252601181527012d95e54dd185ad948135a5b9a541bdbdb607a1b602080830191909152825180840190935260018352603160f81b908301529061007a825f610154565b61012052610089816001610154565b61014052815160208084019190912060e052815190820120610100524660a05261011560e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052600160025533610160526001600160a01b03948516610180529284166101a05292166101c0526101e091909152610200526103e7565b5f60208351101561016f5761016883610186565b9050610180565b8161017a84826102d5565b5060ff90505b92915050565b5f5f829050601f815111156101b9578260405163305a27a960e01b81526004016101b0919061038f565b60405180910390fd5b80516101c4826103c4565b179392505050565b6001600160a01b03811681146101e0575f5ffd5b50565b5f5f5f5f5f60a086880312156101f7575f5ffd5b8551610202816101cc565b6020870151909550610213816101cc565b6040870151909450610224816101cc565b6060870151608090970151959894975095949392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061026557607f821691505b60208210810361028357634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156102d057805f5260205f20601f840160051c810160208510156102ae5750805b601f840160051c820191505b818110156102cd575f81556001016102ba565b50505b505050565b81516001600160401b038111156102ee576102ee61023d565b610302816102fc8454610251565b84610289565b6020601f821160018114610334575f831561031d5750848201515b5f19600385901b1c1916600184901b1784556102cd565b5f84815260208120601f198516915b828110156103635787850151825560209485019460019092019101610343565b508482101561038057868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610283575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e051610200516129d66104f95f395f818161059e015281816107810152610fe001525f81816103c9015281816106c30152818161070b01528181610f4801528181610f9c015281816114100152818161144a015281816116aa01526116e401525f81816102100152818161085101528181611077015281816113cb015261188b01525f81816106230152611bba01525f81816105d101528181610dd20152611a6101525f8181610543015281816110d1015261163f01525f611d0101525f611cd501525f611f2501525f611efd01525f611e5801525f611e8201525f611eac01526129d65ff3fe6080604052600436106101f4575f3560e01c80637dc0d1d011610108578063c19d93fb1161009d578063d6b450381161006d578063d6b450381461058d578063e673df8a146105c0578063e825e1d0146105f3578063e94ad65b14610612578063ef972e4614610645575f5ffd5b8063c19d93fb1461050c578063c45a015514610532578063c5234a7e14610565578063c988939814610579575f5ffd5b8063b08ee936116100d8578063b08ee936146104b1578063b10fd87d146104d0578063b60d4288146104f1578063bac63205146104f9575f5ffd5b80637dc0d1d0146104465780637f8e3b4e1461045a57806384b0196e1461046e578063a13a804a14610495575f5ffd5b8063484d59e61161018957806364c9ec6f1161015957806364c9ec6f146103b857806366eb9cec146103eb5780636784757e146103ff5780636f4a2cd01461041e578063785ffb3714610432575f5ffd5b8063484d59e6146103415780634cd79e0a146103625780635472534d1461037a5780635c39fcc114610399575f5ffd5b80632da83c06116101c45780632da83c06146102dd5780633703e09b146102fc5780633a14af65146103175780633bef8a3a1461032d575f5ffd5b80630c56ae3b146101ff5780631958f7af1461024f5780632373a62b14610290578063243a53b0146102c7575f5ffd5b366101fb57005b5f5ffd5b34801561020a575f5ffd5b506102327f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b34801561025a575f5ffd5b506102827f47bc75932e51f5fc99e65b1cb1363c40d49d1c978bb4f31731d646e7eedeb5e081565b604051908152602001610246565b34801561029b575f5ffd5b50600f546102af906001600160401b031681565b6040516001600160401b039091168152602001610246565b3480156102d2575f5ffd5b506102db61065a565b005b3480156102e8575f5ffd5b506102db6102f7366004612204565b6108d0565b348015610307575f5ffd5b50610282670de0b6b3a764000081565b348015610322575f5ffd5b506102826212750081565b348015610338575f5ffd5b506102db610b14565b34801561034c575f5ffd5b50610355610bd0565b6040516102469190612344565b34801561036d575f5ffd5b50600160f81b3017610282565b348015610385575f5ffd5b5061028261039436600461235d565b610c5c565b3480156103a4575f5ffd5b50600354610232906001600160a01b031681565b3480156103c3575f5ffd5b506102827f000000000000000000000000000000000000000000000000000000000000000081565b3480156103f6575f5ffd5b506102db610c78565b34801561040a575f5ffd5b506102db61041936600461235d565b610d52565b348015610429575f5ffd5b506102db610ee0565b34801561043d575f5ffd5b50610282600381565b348015610451575f5ffd5b506102326110ce565b348015610465575f5ffd5b506102db611154565b348015610479575f5ffd5b50610482611200565b6040516102469796959493929190612374565b3480156104a0575f5ffd5b506102826801bc16d674ec80000081565b3480156104bc575f5ffd5b506102826104cb36600461240a565b611242565b3480156104db575f5ffd5b506104e461130d565b6040516102469190612485565b6102db611377565b6102db6105073660046124d2565b611634565b348015610517575f5ffd5b506005546105259060ff1681565b604051610246919061253f565b34801561053d575f5ffd5b506102327f000000000000000000000000000000000000000000000000000000000000000081565b348015610570575f5ffd5b50610282600481565b348015610584575f5ffd5b506102db61173c565b348015610598575f5ffd5b506102827f000000000000000000000000000000000000000000000000000000000000000081565b3480156105cb575f5ffd5b506102327f000000000000000000000000000000000000000000000000000000000000000081565b3480156105fe575f5ffd5b506102db61060d36600461254d565b61179a565b34801561061d575f5ffd5b506102327f000000000000000000000000000000000000000000000000000000000000000081565b348015610650575f5ffd5b5061028260095481565b6106626118e6565b6003806005805460ff169081111561067c5761067c61250b565b146106ac57600554604051635649f63b60e01b81526106a39160ff1690839060040161256c565b60405180910390fd5b5f6106b561190e565b6106bf904761259b565b90507f000000000000000000000000000000000000000000000000000000000000000081101561070557604051634133c91560e01b8152600481018290526024016106a3565b5f6107397f00000000000000000000000000000000000000000000000000000000000000006801bc16d674ec80000061259b565b90505f5f6801bc16d674ec80000084106107cf575f6801bc16d674ec80000084610763828861259b565b61076d91906125ae565b61077791906125c5565b90506127106107a67f0000000000000000000000000000000000000000000000000000000000000000836125ae565b6107b091906125c5565b9150816107bd82866125e4565b6107c7919061259b565b9250506107e1565b8284106107dc57826107de565b835b91505b6005805460ff19168117905561080b816107fb848761259b565b610805919061259b565b8261191f565b7f4f0efe598222c8d608f1d601adc1a595f919823d497adc273f6df8a42f31f15f82610837818761259b565b6040805192835260208301919091520160405180910390a17f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166332e5e959836040518263ffffffff1660e01b81526004015f604051808303818588803b1580156108a8575f5ffd5b505af11580156108ba573d5f5f3e3d5ffd5b505050505050505050506108ce6001600255565b565b6108d86118e6565b5f806005805460ff16908111156108f1576108f161250b565b1461091857600554604051635649f63b60e01b81526106a39160ff1690839060040161256c565b6003546001600160a01b0316331461094557604051636021142160e01b81523360048201526024016106a3565b60308c141580610960575061095c600460306125ae565b8a14155b8061096c575060608514155b80610978575060048214155b156109955760405162f8b33f60e71b815260040160405180910390fd5b6109ad6109a68e8e8e8e8c8a611242565b84846119d0565b60066109ba8d8f8361268e565b5060076109c886888361268e565b5060088490556005805460ff19166001179055600f80546001600160401b03421667ffffffffffffffff199091161790556040517f2890e5ca1278b7c4bb926541eea6d9adca4c512a8d666244ec554e0967608b3790610a33908f908f908f908f908d908b9061276f565b60405180910390a1610ab88d8d8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050604080516020601f8f018190048102820181019092528d815292508d91508c90819084018382808284375f920191909152508c9250670de0b6b3a76400009150611bb09050565b7f9938054e6d61867cf24800daface8f02c04ef2155edfeea64ad981507fa4c8968d8d670de0b6b3a7640000604051610af3939291906127ab565b60405180910390a150610b066001600255565b505050505050505050505050565b6001806005805460ff1690811115610b2e57610b2e61250b565b14610b5557600554604051635649f63b60e01b81526106a39160ff1690839060040161256c565b600f545f90610b719062127500906001600160401b03166125e4565b905080421015610b9757604051630a8d68c960e21b8152600481018290526024016106a3565b6005805460ff191660041790556040517f2996316352e1b5daf574dc4bb911aef80bf2c861f75531ca782550a8b5c35466905f90a15050565b60068054610bdd9061260b565b80601f0160208091040260200160405190810160405280929190818152602001828054610c099061260b565b8015610c545780601f10610c2b57610100808354040283529160200191610c54565b820191905f5260205f20905b815481529060010190602001808311610c3757829003601f168201915b505050505081565b5f600a8260048110610c7057610c706127ce565b015492915050565b610c806118e6565b6004806005805460ff1690811115610c9a57610c9a61250b565b14610cc157600554604051635649f63b60e01b81526106a39160ff1690839060040161256c565b6003546001600160a01b03163314610cee57604051636021142160e01b81523360048201526024016106a3565b60035460405147808252916001600160a01b0316907f0d41118e36df44efb77a471fc49fb9c0be0406d802ef95520e9fbf606e65b4559060200160405180910390a2600354610d46906001600160a01b031682611c5e565b50506108ce6001600255565b610d5a6118e6565b801580610d68575060048110155b15610d855760405162f8b33f60e71b815260040160405180910390fd5b5f60048260048110610d9957610d996127ce565b60048082049290920154604051637903a61760e01b815260039092166008026101000a90046001600160401b03169181018290529091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690637903a61790602401602060405180830381865afa158015610e1f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e4391906127e2565b6001600160a01b0316336001600160a01b031614610e7f5760405163459345c360e01b81526001600160401b03821660048201526024016106a3565b5f600a8360048110610e9357610e936127ce565b015490505f600a8460048110610eab57610eab6127ce565b018190555080600e5f828254610ec1919061259b565b90915550610ed190503382611c5e565b5050610edd6001600255565b50565b610ee86118e6565b6003806005805460ff1690811115610f0257610f0261250b565b14610f2957600554604051635649f63b60e01b81526106a39160ff1690839060040161256c565b5f610f3261190e565b610f3c904761259b565b9050801580610f6b57507f00000000000000000000000000000000000000000000000000000000000000008110155b15610f8c57604051630ac0e4d560e01b8152600481018290526024016106a3565b5f6801bc16d674ec800000610fc17f00000000000000000000000000000000000000000000000000000000000000008261259b565b610fcb90846125ae565b610fd591906125c5565b90505f6127106110057f0000000000000000000000000000000000000000000000000000000000000000846125ae565b61100f91906125c5565b90505f61101c828461259b565b905061103161102b848661259b565b8361191f565b7f29e98ba00d07f171959c4ddcd2f3020debc7c52cf537a034d7e664340d098c6c8161105d818761259b565b6040805192835260208301919091520160405180910390a17f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663631cbe3c826040518263ffffffff1660e01b81526004015f604051808303818588803b1580156108a8575f5ffd5b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316637dc0d1d06040518163ffffffff1660e01b8152600401602060405180830381865afa15801561112b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061114f91906127e2565b905090565b6003806005805460ff169081111561116e5761116e61250b565b1461119557600554604051635649f63b60e01b81526106a39160ff1690839060040161256c565b6003546001600160a01b031633146111c257604051636021142160e01b81523360048201526024016106a3565b7fe31ed2afd0894ceaf179283ceb93c120b4a5b4a950ad088f7b61feb616d29ef6600660046040516111f592919061287b565b60405180910390a150565b5f6060805f5f5f6060611211611cce565b611219611cfa565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f6113027f47bc75932e51f5fc99e65b1cb1363c40d49d1c978bb4f31731d646e7eedeb5e030898960405161127892919061290d565b6040518091039020888860405161129092919061290d565b60405180910390206112a530600160f81b1790565b6040805160208101969096526001600160a01b03909416938501939093526060840191909152608083015260a082015260c0810185905260e081018490526101000160405160208183030381529060405280519060200120611d27565b979650505050505050565b6113156120a1565b604080516080810191829052906004908190815f855b82829054906101000a90046001600160401b03166001600160401b03168152602001906008019060208260070104928301926001038202915080841161132b5790505050505050905090565b61137f6118e6565b6002806005805460ff16908111156113995761139961250b565b146113c057600554604051635649f63b60e01b81526106a39160ff1690839060040161256c565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461140b57604051630580b1f360e51b81523360048201526024016106a3565b61143e7f00000000000000000000000000000000000000000000000000000000000000006801bc16d674ec80000061259b565b341461149a57346114787f00000000000000000000000000000000000000000000000000000000000000006801bc16d674ec80000061259b565b60405163312b003360e01b8152600481019290925260248201526044016106a3565b5f6114b6670de0b6b3a76400006801bc16d674ec80000061259b565b6005805460ff19166003179055600680549192506115e5916114d79061260b565b80601f01602080910402602001604051908101604052809291908181526020018280546115039061260b565b801561154e5780601f106115255761010080835404028352916020019161154e565b820191905f5260205f20905b81548152906001019060200180831161153157829003601f168201915b5050505050600780546115609061260b565b80601f016020809104026020016040519081016040528092919081815260200182805461158c9061260b565b80156115d75780601f106115ae576101008083540402835291602001916115d7565b820191905f5260205f20905b8154815290600101906020018083116115ba57829003601f168201915b505050505060085484611bb0565b7f54c9753dfb49f5219ab94b93daa841a858d8b98c980e827e0f7f7e4b6c3f899f60066801bc16d674ec80000060405161162092919061291c565b60405180910390a150506108ce6001600255565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461167f57604051635aa8141760e11b81523360048201526024016106a3565b6003546001600160a01b0316156116a85760405162dc149f60e41b815260040160405180910390fd5b7f000000000000000000000000000000000000000000000000000000000000000034146117105760405163312b003360e01b81523460048201527f000000000000000000000000000000000000000000000000000000000000000060248201526044016106a3565b600380546001600160a01b0319166001600160a01b038416179055611737600482816120bf565b505050565b6117446118e6565b6003546001600160a01b0316331461177157604051636021142160e01b81523360048201526024016106a3565b600980545f90915560035461178f906001600160a01b031682611c5e565b506108ce6001600255565b6001806005805460ff16908111156117b4576117b461250b565b146117db57600554604051635649f63b60e01b81526106a39160ff1690839060040161256c565b6117e36110ce565b6001600160a01b0316336001600160a01b0316146118165760405163037d3e0960e61b81523360048201526024016106a3565b60405182151581527f7fce3c3c3808d4dc3de173d88d98c588af26df467542f2f4d2219607b1a70d4c9060200160405180910390a1816118615750506005805460ff19166004179055565b6005805460ff191660021790556040516391e0b2ef60e01b81523060048201526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906391e0b2ef906024015f604051808303815f87803b1580156118cc575f5ffd5b505af11580156118de573d5f5f3e3d5ffd5b505050505050565b600280540361190857604051633ee5aeb560e01b815260040160405180910390fd5b60028055565b5f600e5460095461114f91906125e4565b5f600361192d6002846125c5565b61193791906125c5565b905060015b60048110156119755781600a8260048110611959576119596127ce565b015f82825461196891906125e4565b909155505060010161193c565b506119818160036125ae565b600e5f82825461199191906125e4565b909155506119a290508160036125ae565b6119ac83856125e4565b6119b6919061259b565b60095f8282546119c691906125e4565b9091555050505050565b5f5b6004811015611baa575f5f611a3e868686868181106119f3576119f36127ce565b9050602002810190611a05919061293d565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611d5992505050565b5090925090505f816003811115611a5757611a5761250b565b141580611b4057507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166322a3808f60048560048110611aa157611aa16127ce565b600491828204019190066008029054906101000a90046001600160401b03166040518263ffffffff1660e01b8152600401611aeb91906001600160401b0391909116815260200190565b602060405180830381865afa158015611b06573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b2a91906127e2565b6001600160a01b0316826001600160a01b031614155b15611ba05760048360048110611b5857611b586127ce565b600491828204019190066008029054906101000a90046001600160401b0316604051631059734760e01b81526004016106a391906001600160401b0391909116815260200190565b50506001016119d2565b50505050565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663228951188286600160f81b3017604051602001611bfa91815260200190565b60405160208183030381529060405287876040518663ffffffff1660e01b8152600401611c2a949392919061297f565b5f604051808303818588803b158015611c41575f5ffd5b505af1158015611c53573d5f5f3e3d5ffd5b505050505050505050565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f8114611ca7576040519150601f19603f3d011682016040523d82523d5f602084013e611cac565b606091505b505090508061173757604051630ce8f45160e31b815260040160405180910390fd5b606061114f7f00000000000000000000000000000000000000000000000000000000000000005f611da2565b606061114f7f00000000000000000000000000000000000000000000000000000000000000006001611da2565b5f611d53611d33611e4c565b8360405161190160f01b8152600281019290925260228201526042902090565b92915050565b5f5f5f8351604103611d90576020840151604085015160608601515f1a611d8288828585611f75565b955095509550505050611d9b565b505081515f91506002905b9250925092565b606060ff8314611dbc57611db58361203d565b9050611d53565b818054611dc89061260b565b80601f0160208091040260200160405190810160405280929190818152602001828054611df49061260b565b8015611e3f5780601f10611e1657610100808354040283529160200191611e3f565b820191905f5260205f20905b815481529060010190602001808311611e2257829003601f168201915b5050505050905092915050565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015611ea457507f000000000000000000000000000000000000000000000000000000000000000046145b15611ece57507f000000000000000000000000000000000000000000000000000000000000000090565b61114f604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115611fae57505f91506003905082612033565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015611fff573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661202a57505f925060019150829050612033565b92505f91508190505b9450945094915050565b60605f6120498361207a565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f60ff8216601f811115611d5357604051632cd44ac360e21b815260040160405180910390fd5b60405180608001604052806004906020820280368337509192915050565b60018301918390821561215c579160200282015f5b838211156121275783356001600160401b031683826101000a8154816001600160401b0302191690836001600160401b0316021790555092602001926008016020816007010492830192600103026120d4565b801561215a5782816101000a8154906001600160401b030219169055600801602081600701049283019260010302612127565b505b5061216892915061216c565b5090565b5b80821115612168575f815560010161216d565b5f5f83601f840112612190575f5ffd5b5081356001600160401b038111156121a6575f5ffd5b6020830191508360208285010111156121bd575f5ffd5b9250929050565b5f5f83601f8401126121d4575f5ffd5b5081356001600160401b038111156121ea575f5ffd5b6020830191508360208260051b85010111156121bd575f5ffd5b5f5f5f5f5f5f5f5f5f5f5f5f60e08d8f03121561221f575f5ffd5b6001600160401b038d351115612233575f5ffd5b6122408e8e358f01612180565b909c509a506001600160401b0360208e0135111561225c575f5ffd5b61226c8e60208f01358f01612180565b909a5098506001600160401b0360408e01351115612288575f5ffd5b6122988e60408f01358f01612180565b909850965060608d013595506001600160401b0360808e013511156122bb575f5ffd5b6122cb8e60808f01358f01612180565b909550935060a08d013592506001600160401b0360c08e013511156122ee575f5ffd5b6122fe8e60c08f01358f016121c4565b81935080925050509295989b509295989b509295989b565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6123566020830184612316565b9392505050565b5f6020828403121561236d575f5ffd5b5035919050565b60ff60f81b8816815260e060208201525f61239260e0830189612316565b82810360408401526123a48189612316565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156123f95783518352602093840193909201916001016123db565b50909b9a5050505050505050505050565b5f5f5f5f5f5f6080878903121561241f575f5ffd5b86356001600160401b03811115612434575f5ffd5b61244089828a01612180565b90975095505060208701356001600160401b0381111561245e575f5ffd5b61246a89828a01612180565b979a9699509760408101359660609091013595509350505050565b6080810181835f5b60048110156124b55781516001600160401b031683526020928301929091019060010161248d565b50505092915050565b6001600160a01b0381168114610edd575f5ffd5b5f5f60a083850312156124e3575f5ffd5b82356124ee816124be565b915060a083018410156124ff575f5ffd5b50926020919091019150565b634e487b7160e01b5f52602160045260245ffd5b6006811061253b57634e487b7160e01b5f52602160045260245ffd5b9052565b60208101611d53828461251f565b5f6020828403121561255d575f5ffd5b81358015158114612356575f5ffd5b6040810161257a828561251f565b612356602083018461251f565b634e487b7160e01b5f52601160045260245ffd5b81810381811115611d5357611d53612587565b8082028115828204841417611d5357611d53612587565b5f826125df57634e487b7160e01b5f52601260045260245ffd5b500490565b80820180821115611d5357611d53612587565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061261f57607f821691505b60208210810361263d57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561173757805f5260205f20601f840160051c810160208510156126685750805b601f840160051c820191505b81811015612687575f8155600101612674565b5050505050565b6001600160401b038311156126a5576126a56125f7565b6126b9836126b3835461260b565b83612643565b5f601f8411600181146126ea575f85156126d35750838201355b5f19600387901b1c1916600186901b178355612687565b5f83815260208120601f198716915b8281101561271957868501358255602094850194600190920191016126f9565b5086821015612735575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b608081525f61278260808301888a612747565b8281036020840152612795818789612747565b6040840195909552505060600152949350505050565b604081525f6127be604083018587612747565b9050826020830152949350505050565b634e487b7160e01b5f52603260045260245ffd5b5f602082840312156127f2575f5ffd5b8151612356816124be565b5f81546128098161260b565b808552600182168015612823576001811461283f576124b5565b60ff1983166020870152602082151560051b87010193506124b5565b845f5260205f205f5b8381101561286a5781546020828a010152600182019150602081019050612848565b870160200194505050505092915050565b60a081525f61288d60a08301856127fd565b905060208201835f5b60046003820110156129035781546001600160401b03811684526001600160401b038160401c1660208501526001600160401b038160801c1660408501526128ec606085018260c01c6001600160401b03169052565b506080929092019160019190910190600401612896565b5050509392505050565b818382375f9101908152919050565b604081525f61292e60408301856127fd565b90508260208301529392505050565b5f5f8335601e19843603018112612952575f5ffd5b8301803591506001600160401b0382111561296b575f5ffd5b6020019150368190038213156121bd575f5ffd5b608081525f6129916080830187612316565b82810360208401526129a38187612316565b905082810360408401526129b78186612316565b9150508260608301529594505050505056fea164736f6c634300081e000a",
}

// MiniPoolABI is the input ABI used to generate the binding from.
// Deprecated: Use MiniPoolMetaData.ABI instead.
var MiniPoolABI = MiniPoolMetaData.ABI

// MiniPoolBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use MiniPoolMetaData.Bin instead.
var MiniPoolBin = MiniPoolMetaData.Bin

// DeployMiniPool deploys a new Ethereum contract, binding an instance of MiniPool to it.
func DeployMiniPool(auth *bind.TransactOpts, backend bind.ContractBackend, registry common.Address, depositContract_ common.Address, pool common.Address, bond_ *big.Int, commission *big.Int) (common.Address, *types.Transaction, *MiniPool, error) {
	parsed, err := MiniPoolMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(MiniPoolBin), backend, registry, depositContract_, pool, bond_, commission)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &MiniPool{MiniPoolCaller: MiniPoolCaller{contract: contract}, MiniPoolTransactor: MiniPoolTransactor{contract: contract}, MiniPoolFilterer: MiniPoolFilterer{contract: contract}}, nil
}

// MiniPool is an auto generated Go binding around an Ethereum contract.
type MiniPool struct {
	MiniPoolCaller     // Read-only binding to the contract
	MiniPoolTransactor // Write-only binding to the contract
	MiniPoolFilterer   // Log filterer for contract events
}

// MiniPoolCaller is an auto generated read-only Go binding around an Ethereum contract.
type MiniPoolCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MiniPoolTransactor is an auto generated write-only Go binding around an Ethereum contract.
type MiniPoolTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MiniPoolFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type MiniPoolFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MiniPoolSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type MiniPoolSession struct {
	Contract     *MiniPool         // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// MiniPoolCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type MiniPoolCallerSession struct {
	Contract *MiniPoolCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts   // Call options to use throughout this session
}

// MiniPoolTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type MiniPoolTransactorSession struct {
	Contract     *MiniPoolTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts   // Transaction auth options to use throughout this session
}

// MiniPoolRaw is an auto generated low-level Go binding around an Ethereum contract.
type MiniPoolRaw struct {
	Contract *MiniPool // Generic contract binding to access the raw methods on
}

// MiniPoolCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type MiniPoolCallerRaw struct {
	Contract *MiniPoolCaller // Generic read-only contract binding to access the raw methods on
}

// MiniPoolTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type MiniPoolTransactorRaw struct {
	Contract *MiniPoolTransactor // Generic write-only contract binding to access the raw methods on
}

// NewMiniPool creates a new instance of MiniPool, bound to a specific deployed contract.
func NewMiniPool(address common.Address, backend bind.ContractBackend) (*MiniPool, error) {
	contract, err := bindMiniPool(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &MiniPool{MiniPoolCaller: MiniPoolCaller{contract: contract}, MiniPoolTransactor: MiniPoolTransactor{contract: contract}, MiniPoolFilterer: MiniPoolFilterer{contract: contract}}, nil
}

// NewMiniPoolCaller creates a new read-only instance of MiniPool, bound to a specific deployed contract.
func NewMiniPoolCaller(address common.Address, caller bind.ContractCaller) (*MiniPoolCaller, error) {
	contract, err := bindMiniPool(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &MiniPoolCaller{contract: contract}, nil
}

// NewMiniPoolTransactor creates a new write-only instance of MiniPool, bound to a specific deployed contract.
func NewMiniPoolTransactor(address common.Address, transactor bind.ContractTransactor) (*MiniPoolTransactor, error) {
	contract, err := bindMiniPool(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &MiniPoolTransactor{contract: contract}, nil
}

// NewMiniPoolFilterer creates a new log filterer instance of MiniPool, bound to a specific deployed contract.
func NewMiniPoolFilterer(address common.Address, filterer bind.ContractFilterer) (*MiniPoolFilterer, error) {
	contract, err := bindMiniPool(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &MiniPoolFilterer{contract: contract}, nil
}

// bindMiniPool binds a generic wrapper to an already deployed contract.
func bindMiniPool(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := MiniPoolMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_MiniPool *MiniPoolRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _MiniPool.Contract.MiniPoolCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_MiniPool *MiniPoolRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MiniPool.Contract.MiniPoolTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_MiniPool *MiniPoolRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _MiniPool.Contract.MiniPoolTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_MiniPool *MiniPoolCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _MiniPool.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_MiniPool *MiniPoolTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MiniPool.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_MiniPool *MiniPoolTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _MiniPool.Contract.contract.Transact(opts, method, params...)
}

// COMMITTEESIZE is a free data retrieval call binding the contract method 0xc5234a7e.
//
// Solidity: function COMMITTEE_SIZE() view returns(uint256)
func (_MiniPool *MiniPoolCaller) COMMITTEESIZE(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _MiniPool.contract.Call(opts, &out, "COMMITTEE_SIZE")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// COMMITTEESIZE is a free data retrieval call binding the contract method 0xc5234a7e.
//
// Solidity: function COMMITTEE_SIZE() view returns(uint256)
func (_MiniPool *MiniPoolSession) COMMITTEESIZE() (*big.Int, error) {
	return _MiniPool.Contract.COMMITTEESIZE(&_MiniPool.CallOpts)
}

// COMMITTEESIZE is a free data retrieval call binding the contract method 0xc5234a7e.
//
// Solidity: function COMMITTEE_SIZE() view returns(uint256)
func (_MiniPool *MiniPoolCallerSession) COMMITTEESIZE() (*big.Int, error) {
	return _MiniPool.Contract.COMMITTEESIZE(&_MiniPool.CallOpts)
}

// CONFIRMATIONTIMEOUT is a free data retrieval call binding the contract method 0x3a14af65.
//
// Solidity: function CONFIRMATION_TIMEOUT() view returns(uint256)
func (_MiniPool *MiniPoolCaller) CONFIRMATIONTIMEOUT(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _MiniPool.contract.Call(opts, &out, "CONFIRMATION_TIMEOUT")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// CONFIRMATIONTIMEOUT is a free data retrieval call binding the contract method 0x3a14af65.
//
// Solidity: function CONFIRMATION_TIMEOUT() view returns(uint256)
func (_MiniPool *MiniPoolSession) CONFIRMATIONTIMEOUT() (*big.Int, error) {
	return _MiniPool.Contract.CONFIRMATIONTIMEOUT(&_MiniPool.CallOpts)
}

// CONFIRMATIONTIMEOUT is a free data retrieval call binding the contract method 0x3a14af65.
//
// Solidity: function CONFIRMATION_TIMEOUT() view returns(uint256)
func (_MiniPool *MiniPoolCallerSession) CONFIRMATIONTIMEOUT() (*big.Int, error) {
	return _MiniPool.Contract.CONFIRMATIONTIMEOUT(&_MiniPool.CallOpts)
}

// DKGRESULTTYPEHASH is a free data retrieval call binding the contract method 0x1958f7af.
//
// Solidity: function DKG_RESULT_TYPEHASH() view returns(bytes32)
func (_MiniPool *MiniPoolCaller) DKGRESULTTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _MiniPool.contract.Call(opts, &out, "DKG_RESULT_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DKGRESULTTYPEHASH is a free data retrieval call binding the contract method 0x1958f7af.
//
// Solidity: function DKG_RESULT_TYPEHASH() view returns(bytes32)
func (_MiniPool *MiniPoolSession) DKGRESULTTYPEHASH() ([32]byte, error) {
	return _MiniPool.Contract.DKGRESULTTYPEHASH(&_MiniPool.CallOpts)
}

// DKGRESULTTYPEHASH is a free data retrieval call binding the contract method 0x1958f7af.
//
// Solidity: function DKG_RESULT_TYPEHASH() view returns(bytes32)
func (_MiniPool *MiniPoolCallerSession) DKGRESULTTYPEHASH() ([32]byte, error) {
	return _MiniPool.Contract.DKGRESULTTYPEHASH(&_MiniPool.CallOpts)
}

// PREDEPOSIT is a free data retrieval call binding the contract method 0x3703e09b.
//
// Solidity: function PRE_DEPOSIT() view returns(uint256)
func (_MiniPool *MiniPoolCaller) PREDEPOSIT(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _MiniPool.contract.Call(opts, &out, "PRE_DEPOSIT")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// PREDEPOSIT is a free data retrieval call binding the contract method 0x3703e09b.
//
// Solidity: function PRE_DEPOSIT() view returns(uint256)
func (_MiniPool *MiniPoolSession) PREDEPOSIT() (*big.Int, error) {
	return _MiniPool.Contract.PREDEPOSIT(&_MiniPool.CallOpts)
}

// PREDEPOSIT is a free data retrieval call binding the contract method 0x3703e09b.
//
// Solidity: function PRE_DEPOSIT() view returns(uint256)
func (_MiniPool *MiniPoolCallerSession) PREDEPOSIT() (*big.Int, error) {
	return _MiniPool.Contract.PREDEPOSIT(&_MiniPool.CallOpts)
}

// THRESHOLD is a free data retrieval call binding the contract method 0x785ffb37.
//
// Solidity: function THRESHOLD() view returns(uint256)
func (_MiniPool *MiniPoolCaller) THRESHOLD(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _MiniPool.contract.Call(opts, &out, "THRESHOLD")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// THRESHOLD is a free data retrieval call binding the contract method 0x785ffb37.
//
// Solidity: function THRESHOLD() view returns(uint256)
func (_MiniPool *MiniPoolSession) THRESHOLD() (*big.Int, error) {
	return _MiniPool.Contract.THRESHOLD(&_MiniPool.CallOpts)
}

// THRESHOLD is a free data retrieval call binding the contract method 0x785ffb37.
//
// Solidity: function THRESHOLD() view returns(uint256)
func (_MiniPool *MiniPoolCallerSession) THRESHOLD() (*big.Int, error) {
	return _MiniPool.Contract.THRESHOLD(&_MiniPool.CallOpts)
}

// VALIDATORBALANCE is a free data retrieval call binding the contract method 0xa13a804a.
//
// Solidity: function VALIDATOR_BALANCE() view returns(uint256)
func (_MiniPool *MiniPoolCaller) VALIDATORBALANCE(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _MiniPool.contract.Call(opts, &out, "VALIDATOR_BALANCE")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// VALIDATORBALANCE is a free data retrieval call binding the contract method 0xa13a804a.
//
// Solidity: function VALIDATOR_BALANCE() view returns(uint256)
func (_MiniPool *MiniPoolSession) VALIDATORBALANCE() (*big.Int, error) {
	return _MiniPool.Contract.VALIDATORBALANCE(&_MiniPool.CallOpts)
}

// VALIDATORBALANCE is a free data retrieval call binding the contract method 0xa13a804a.
//
// Solidity: function VALIDATOR_BALANCE() view returns(uint256)
func (_MiniPool *MiniPoolCallerSession) VALIDATORBALANCE() (*big.Int, error) {
	return _MiniPool.Contract.VALIDATORBALANCE(&_MiniPool.CallOpts)
}

// Bond is a free data retrieval call binding the contract method 0x64c9ec6f.
//
// Solidity: function bond() view returns(uint256)
func (_MiniPool *MiniPoolCaller) Bond(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _MiniPool.contract.Call(opts, &out, "bond")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Bond is a free data retrieval call binding the contract method 0x64c9ec6f.
//
// Solidity: function bond() view returns(uint256)
func (_MiniPool *MiniPoolSession) Bond() (*big.Int, error) {
	return _MiniPool.Contract.Bond(&_MiniPool.CallOpts)
}

// Bond is a free data retrieval call binding the contract method 0x64c9ec6f.
//
// Solidity: function bond() view returns(uint256)
func (_MiniPool *MiniPoolCallerSession) Bond() (*big.Int, error) {
	return _MiniPool.Contract.Bond(&_MiniPool.CallOpts)
}

// CommissionBps is a free data retrieval call binding the contract method 0xd6b45038.
//
// Solidity: function commissionBps() view returns(uint256)
func (_MiniPool *MiniPoolCaller) CommissionBps(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _MiniPool.contract.Call(opts, &out, "commissionBps")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// CommissionBps is a free data retrieval call binding the contract method 0xd6b45038.
//
// Solidity: function commissionBps() view returns(uint256)
func (_MiniPool *MiniPoolSession) CommissionBps() (*big.Int, error) {
	return _MiniPool.Contract.CommissionBps(&_MiniPool.CallOpts)
}

// CommissionBps is a free data retrieval call binding the contract method 0xd6b45038.
//
// Solidity: function commissionBps() view returns(uint256)
func (_MiniPool *MiniPoolCallerSession) CommissionBps() (*big.Int, error) {
	return _MiniPool.Contract.CommissionBps(&_MiniPool.CallOpts)
}

// DepositContract is a free data retrieval call binding the contract method 0xe94ad65b.
//
// Solidity: function depositContract() view returns(address)
func (_MiniPool *MiniPoolCaller) DepositContract(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _MiniPool.contract.Call(opts, &out, "depositContract")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// DepositContract is a free data retrieval call binding the contract method 0xe94ad65b.
//
// Solidity: function depositContract() view returns(address)
func (_MiniPool *MiniPoolSession) DepositContract() (common.Address, error) {
	return _MiniPool.Contract.DepositContract(&_MiniPool.CallOpts)
}

// DepositContract is a free data retrieval call binding the contract method 0xe94ad65b.
//
// Solidity: function depositContract() view returns(address)
func (_MiniPool *MiniPoolCallerSession) DepositContract() (common.Address, error) {
	return _MiniPool.Contract.DepositContract(&_MiniPool.CallOpts)
}

// DkgResultDigest is a free data retrieval call binding the contract method 0xb08ee936.
//
// Solidity: function dkgResultDigest(bytes validatorPubkey, bytes publicShares, bytes32 depositDataRoot, bytes32 topUpDataRoot) view returns(bytes32)
func (_MiniPool *MiniPoolCaller) DkgResultDigest(opts *bind.CallOpts, validatorPubkey []byte, publicShares []byte, depositDataRoot [32]byte, topUpDataRoot [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _MiniPool.contract.Call(opts, &out, "dkgResultDigest", validatorPubkey, publicShares, depositDataRoot, topUpDataRoot)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DkgResultDigest is a free data retrieval call binding the contract method 0xb08ee936.
//
// Solidity: function dkgResultDigest(bytes validatorPubkey, bytes publicShares, bytes32 depositDataRoot, bytes32 topUpDataRoot) view returns(bytes32)
func (_MiniPool *MiniPoolSession) DkgResultDigest(validatorPubkey []byte, publicShares []byte, depositDataRoot [32]byte, topUpDataRoot [32]byte) ([32]byte, error) {
	return _MiniPool.Contract.DkgResultDigest(&_MiniPool.CallOpts, validatorPubkey, publicShares, depositDataRoot, topUpDataRoot)
}

// DkgResultDigest is a free data retrieval call binding the contract method 0xb08ee936.
//
// Solidity: function dkgResultDigest(bytes validatorPubkey, bytes publicShares, bytes32 depositDataRoot, bytes32 topUpDataRoot) view returns(bytes32)
func (_MiniPool *MiniPoolCallerSession) DkgResultDigest(validatorPubkey []byte, publicShares []byte, depositDataRoot [32]byte, topUpDataRoot [32]byte) ([32]byte, error) {
	return _MiniPool.Contract.DkgResultDigest(&_MiniPool.CallOpts, validatorPubkey, publicShares, depositDataRoot, topUpDataRoot)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_MiniPool *MiniPoolCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _MiniPool.contract.Call(opts, &out, "eip712Domain")

	outstruct := new(struct {
		Fields            [1]byte
		Name              string
		Version           string
		ChainId           *big.Int
		VerifyingContract common.Address
		Salt              [32]byte
		Extensions        []*big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)

	return *outstruct, err

}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_MiniPool *MiniPoolSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _MiniPool.Contract.Eip712Domain(&_MiniPool.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_MiniPool *MiniPoolCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _MiniPool.Contract.Eip712Domain(&_MiniPool.CallOpts)
}

// Factory is a free data retrieval call binding the contract method 0xc45a0155.
//
// Solidity: function factory() view returns(address)
func (_MiniPool *MiniPoolCaller) Factory(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _MiniPool.contract.Call(opts, &out, "factory")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Factory is a free data retrieval call binding the contract method 0xc45a0155.
//
// Solidity: function factory() view returns(address)
func (_MiniPool *MiniPoolSession) Factory() (common.Address, error) {
	return _MiniPool.Contract.Factory(&_MiniPool.CallOpts)
}

// Factory is a free data retrieval call binding the contract method 0xc45a0155.
//
// Solidity: function factory() view returns(address)
func (_MiniPool *MiniPoolCallerSession) Factory() (common.Address, error) {
	return _MiniPool.Contract.Factory(&_MiniPool.CallOpts)
}

// Initiator is a free data retrieval call binding the contract method 0x5c39fcc1.
//
// Solidity: function initiator() view returns(address)
func (_MiniPool *MiniPoolCaller) Initiator(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _MiniPool.contract.Call(opts, &out, "initiator")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Initiator is a free data retrieval call binding the contract method 0x5c39fcc1.
//
// Solidity: function initiator() view returns(address)
func (_MiniPool *MiniPoolSession) Initiator() (common.Address, error) {
	return _MiniPool.Contract.Initiator(&_MiniPool.CallOpts)
}

// Initiator is a free data retrieval call binding the contract method 0x5c39fcc1.
//
// Solidity: function initiator() view returns(address)
func (_MiniPool *MiniPoolCallerSession) Initiator() (common.Address, error) {
	return _MiniPool.Contract.Initiator(&_MiniPool.CallOpts)
}

// InitiatorRewards is a free data retrieval call binding the contract method 0xef972e46.
//
// Solidity: function initiatorRewards() view returns(uint256)
func (_MiniPool *MiniPoolCaller) InitiatorRewards(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _MiniPool.contract.Call(opts, &out, "initiatorRewards")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// InitiatorRewards is a free data retrieval call binding the contract method 0xef972e46.
//
// Solidity: function initiatorRewards() view returns(uint256)
func (_MiniPool *MiniPoolSession) InitiatorRewards() (*big.Int, error) {
	return _MiniPool.Contract.InitiatorRewards(&_MiniPool.CallOpts)
}

// InitiatorRewards is a free data retrieval call binding the contract method 0xef972e46.
//
// Solidity: function initiatorRewards() view returns(uint256)
func (_MiniPool *MiniPoolCallerSession) InitiatorRewards() (*big.Int, error) {
	return _MiniPool.Contract.InitiatorRewards(&_MiniPool.CallOpts)
}

// OperatorIds is a free data retrieval call binding the contract method 0xb10fd87d.
//
// Solidity: function operatorIds() view returns(uint64[4])
func (_MiniPool *MiniPoolCaller) OperatorIds(opts *bind.CallOpts) ([4]uint64, error) {
	var out []interface{}
	err := _MiniPool.contract.Call(opts, &out, "operatorIds")

	if err != nil {
		return *new([4]uint64), err
	}

	out0 := *abi.ConvertType(out[0], new([4]uint64)).(*[4]uint64)

	return out0, err

}

// OperatorIds is a free data retrieval call binding the contract method 0xb10fd87d.
//
// Solidity: function operatorIds() view returns(uint64[4])
func (_MiniPool *MiniPoolSession) OperatorIds() ([4]uint64, error) {
	return _MiniPool.Contract.OperatorIds(&_MiniPool.CallOpts)
}

// OperatorIds is a free data retrieval call binding the contract method 0xb10fd87d.
//
// Solidity: function operatorIds() view returns(uint64[4])
func (_MiniPool *MiniPoolCallerSession) OperatorIds() ([4]uint64, error) {
	return _MiniPool.Contract.OperatorIds(&_MiniPool.CallOpts)
}

// OperatorRewards is a free data retrieval call binding the contract method 0x5472534d.
//
// Solidity: function operatorRewards(uint256 index) view returns(uint256)
func (_MiniPool *MiniPoolCaller) OperatorRewards(opts *bind.CallOpts, index *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _MiniPool.contract.Call(opts, &out, "operatorRewards", index)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// OperatorRewards is a free data retrieval call binding the contract method 0x5472534d.
//
// Solidity: function operatorRewards(uint256 index) view returns(uint256)
func (_MiniPool *MiniPoolSession) OperatorRewards(index *big.Int) (*big.Int, error) {
	return _MiniPool.Contract.OperatorRewards(&_MiniPool.CallOpts, index)
}

// OperatorRewards is a free data retrieval call binding the contract method 0x5472534d.
//
// Solidity: function operatorRewards(uint256 index) view returns(uint256)
func (_MiniPool *MiniPoolCallerSession) OperatorRewards(index *big.Int) (*big.Int, error) {
	return _MiniPool.Contract.OperatorRewards(&_MiniPool.CallOpts, index)
}

// Operators is a free data retrieval call binding the contract method 0xe673df8a.
//
// Solidity: function operators() view returns(address)
func (_MiniPool *MiniPoolCaller) Operators(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _MiniPool.contract.Call(opts, &out, "operators")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Operators is a free data retrieval call binding the contract method 0xe673df8a.
//
// Solidity: function operators() view returns(address)
func (_MiniPool *MiniPoolSession) Operators() (common.Address, error) {
	return _MiniPool.Contract.Operators(&_MiniPool.CallOpts)
}

// Operators is a free data retrieval call binding the contract method 0xe673df8a.
//
// Solidity: function operators() view returns(address)
func (_MiniPool *MiniPoolCallerSession) Operators() (common.Address, error) {
	return _MiniPool.Contract.Operators(&_MiniPool.CallOpts)
}

// Oracle is a free data retrieval call binding the contract method 0x7dc0d1d0.
//
// Solidity: function oracle() view returns(address)
func (_MiniPool *MiniPoolCaller) Oracle(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _MiniPool.contract.Call(opts, &out, "oracle")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Oracle is a free data retrieval call binding the contract method 0x7dc0d1d0.
//
// Solidity: function oracle() view returns(address)
func (_MiniPool *MiniPoolSession) Oracle() (common.Address, error) {
	return _MiniPool.Contract.Oracle(&_MiniPool.CallOpts)
}

// Oracle is a free data retrieval call binding the contract method 0x7dc0d1d0.
//
// Solidity: function oracle() view returns(address)
func (_MiniPool *MiniPoolCallerSession) Oracle() (common.Address, error) {
	return _MiniPool.Contract.Oracle(&_MiniPool.CallOpts)
}

// PreDepositedAt is a free data retrieval call binding the contract method 0x2373a62b.
//
// Solidity: function preDepositedAt() view returns(uint64)
func (_MiniPool *MiniPoolCaller) PreDepositedAt(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _MiniPool.contract.Call(opts, &out, "preDepositedAt")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// PreDepositedAt is a free data retrieval call binding the contract method 0x2373a62b.
//
// Solidity: function preDepositedAt() view returns(uint64)
func (_MiniPool *MiniPoolSession) PreDepositedAt() (uint64, error) {
	return _MiniPool.Contract.PreDepositedAt(&_MiniPool.CallOpts)
}

// PreDepositedAt is a free data retrieval call binding the contract method 0x2373a62b.
//
// Solidity: function preDepositedAt() view returns(uint64)
func (_MiniPool *MiniPoolCallerSession) PreDepositedAt() (uint64, error) {
	return _MiniPool.Contract.PreDepositedAt(&_MiniPool.CallOpts)
}

// Pubkey is a free data retrieval call binding the contract method 0x484d59e6.
//
// Solidity: function pubkey() view returns(bytes)
func (_MiniPool *MiniPoolCaller) Pubkey(opts *bind.CallOpts) ([]byte, error) {
	var out []interface{}
	err := _MiniPool.contract.Call(opts, &out, "pubkey")

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// Pubkey is a free data retrieval call binding the contract method 0x484d59e6.
//
// Solidity: function pubkey() view returns(bytes)
func (_MiniPool *MiniPoolSession) Pubkey() ([]byte, error) {
	return _MiniPool.Contract.Pubkey(&_MiniPool.CallOpts)
}

// Pubkey is a free data retrieval call binding the contract method 0x484d59e6.
//
// Solidity: function pubkey() view returns(bytes)
func (_MiniPool *MiniPoolCallerSession) Pubkey() ([]byte, error) {
	return _MiniPool.Contract.Pubkey(&_MiniPool.CallOpts)
}

// StakingPool is a free data retrieval call binding the contract method 0x0c56ae3b.
//
// Solidity: function stakingPool() view returns(address)
func (_MiniPool *MiniPoolCaller) StakingPool(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _MiniPool.contract.Call(opts, &out, "stakingPool")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// StakingPool is a free data retrieval call binding the contract method 0x0c56ae3b.
//
// Solidity: function stakingPool() view returns(address)
func (_MiniPool *MiniPoolSession) StakingPool() (common.Address, error) {
	return _MiniPool.Contract.StakingPool(&_MiniPool.CallOpts)
}

// StakingPool is a free data retrieval call binding the contract method 0x0c56ae3b.
//
// Solidity: function stakingPool() view returns(address)
func (_MiniPool *MiniPoolCallerSession) StakingPool() (common.Address, error) {
	return _MiniPool.Contract.StakingPool(&_MiniPool.CallOpts)
}

// State is a free data retrieval call binding the contract method 0xc19d93fb.
//
// Solidity: function state() view returns(uint8)
func (_MiniPool *MiniPoolCaller) State(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _MiniPool.contract.Call(opts, &out, "state")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// State is a free data retrieval call binding the contract method 0xc19d93fb.
//
// Solidity: function state() view returns(uint8)
func (_MiniPool *MiniPoolSession) State() (uint8, error) {
	return _MiniPool.Contract.State(&_MiniPool.CallOpts)
}

// State is a free data retrieval call binding the contract method 0xc19d93fb.
//
// Solidity: function state() view returns(uint8)
func (_MiniPool *MiniPoolCallerSession) State() (uint8, error) {
	return _MiniPool.Contract.State(&_MiniPool.CallOpts)
}

// WithdrawalCredentials is a free data retrieval call binding the contract method 0x4cd79e0a.
//
// Solidity: function withdrawalCredentials() view returns(bytes32)
func (_MiniPool *MiniPoolCaller) WithdrawalCredentials(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _MiniPool.contract.Call(opts, &out, "withdrawalCredentials")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// WithdrawalCredentials is a free data retrieval call binding the contract method 0x4cd79e0a.
//
// Solidity: function withdrawalCredentials() view returns(bytes32)
func (_MiniPool *MiniPoolSession) WithdrawalCredentials() ([32]byte, error) {
	return _MiniPool.Contract.WithdrawalCredentials(&_MiniPool.CallOpts)
}

// WithdrawalCredentials is a free data retrieval call binding the contract method 0x4cd79e0a.
//
// Solidity: function withdrawalCredentials() view returns(bytes32)
func (_MiniPool *MiniPoolCallerSession) WithdrawalCredentials() ([32]byte, error) {
	return _MiniPool.Contract.WithdrawalCredentials(&_MiniPool.CallOpts)
}

// ClaimInitiatorRewards is a paid mutator transaction binding the contract method 0xc9889398.
//
// Solidity: function claimInitiatorRewards() returns()
func (_MiniPool *MiniPoolTransactor) ClaimInitiatorRewards(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MiniPool.contract.Transact(opts, "claimInitiatorRewards")
}

// ClaimInitiatorRewards is a paid mutator transaction binding the contract method 0xc9889398.
//
// Solidity: function claimInitiatorRewards() returns()
func (_MiniPool *MiniPoolSession) ClaimInitiatorRewards() (*types.Transaction, error) {
	return _MiniPool.Contract.ClaimInitiatorRewards(&_MiniPool.TransactOpts)
}

// ClaimInitiatorRewards is a paid mutator transaction binding the contract method 0xc9889398.
//
// Solidity: function claimInitiatorRewards() returns()
func (_MiniPool *MiniPoolTransactorSession) ClaimInitiatorRewards() (*types.Transaction, error) {
	return _MiniPool.Contract.ClaimInitiatorRewards(&_MiniPool.TransactOpts)
}

// ClaimOperatorRewards is a paid mutator transaction binding the contract method 0x6784757e.
//
// Solidity: function claimOperatorRewards(uint256 index) returns()
func (_MiniPool *MiniPoolTransactor) ClaimOperatorRewards(opts *bind.TransactOpts, index *big.Int) (*types.Transaction, error) {
	return _MiniPool.contract.Transact(opts, "claimOperatorRewards", index)
}

// ClaimOperatorRewards is a paid mutator transaction binding the contract method 0x6784757e.
//
// Solidity: function claimOperatorRewards(uint256 index) returns()
func (_MiniPool *MiniPoolSession) ClaimOperatorRewards(index *big.Int) (*types.Transaction, error) {
	return _MiniPool.Contract.ClaimOperatorRewards(&_MiniPool.TransactOpts, index)
}

// ClaimOperatorRewards is a paid mutator transaction binding the contract method 0x6784757e.
//
// Solidity: function claimOperatorRewards(uint256 index) returns()
func (_MiniPool *MiniPoolTransactorSession) ClaimOperatorRewards(index *big.Int) (*types.Transaction, error) {
	return _MiniPool.Contract.ClaimOperatorRewards(&_MiniPool.TransactOpts, index)
}

// ConfirmCredentials is a paid mutator transaction binding the contract method 0xe825e1d0.
//
// Solidity: function confirmCredentials(bool ok) returns()
func (_MiniPool *MiniPoolTransactor) ConfirmCredentials(opts *bind.TransactOpts, ok bool) (*types.Transaction, error) {
	return _MiniPool.contract.Transact(opts, "confirmCredentials", ok)
}

// ConfirmCredentials is a paid mutator transaction binding the contract method 0xe825e1d0.
//
// Solidity: function confirmCredentials(bool ok) returns()
func (_MiniPool *MiniPoolSession) ConfirmCredentials(ok bool) (*types.Transaction, error) {
	return _MiniPool.Contract.ConfirmCredentials(&_MiniPool.TransactOpts, ok)
}

// ConfirmCredentials is a paid mutator transaction binding the contract method 0xe825e1d0.
//
// Solidity: function confirmCredentials(bool ok) returns()
func (_MiniPool *MiniPoolTransactorSession) ConfirmCredentials(ok bool) (*types.Transaction, error) {
	return _MiniPool.Contract.ConfirmCredentials(&_MiniPool.TransactOpts, ok)
}

// Dissolve is a paid mutator transaction binding the contract method 0x3bef8a3a.
//
// Solidity: function dissolve() returns()
func (_MiniPool *MiniPoolTransactor) Dissolve(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MiniPool.contract.Transact(opts, "dissolve")
}

// Dissolve is a paid mutator transaction binding the contract method 0x3bef8a3a.
//
// Solidity: function dissolve() returns()
func (_MiniPool *MiniPoolSession) Dissolve() (*types.Transaction, error) {
	return _MiniPool.Contract.Dissolve(&_MiniPool.TransactOpts)
}

// Dissolve is a paid mutator transaction binding the contract method 0x3bef8a3a.
//
// Solidity: function dissolve() returns()
func (_MiniPool *MiniPoolTransactorSession) Dissolve() (*types.Transaction, error) {
	return _MiniPool.Contract.Dissolve(&_MiniPool.TransactOpts)
}

// DistributeExit is a paid mutator transaction binding the contract method 0x243a53b0.
//
// Solidity: function distributeExit() returns()
func (_MiniPool *MiniPoolTransactor) DistributeExit(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MiniPool.contract.Transact(opts, "distributeExit")
}

// DistributeExit is a paid mutator transaction binding the contract method 0x243a53b0.
//
// Solidity: function distributeExit() returns()
func (_MiniPool *MiniPoolSession) DistributeExit() (*types.Transaction, error) {
	return _MiniPool.Contract.DistributeExit(&_MiniPool.TransactOpts)
}

// DistributeExit is a paid mutator transaction binding the contract method 0x243a53b0.
//
// Solidity: function distributeExit() returns()
func (_MiniPool *MiniPoolTransactorSession) DistributeExit() (*types.Transaction, error) {
	return _MiniPool.Contract.DistributeExit(&_MiniPool.TransactOpts)
}

// DistributeRewards is a paid mutator transaction binding the contract method 0x6f4a2cd0.
//
// Solidity: function distributeRewards() returns()
func (_MiniPool *MiniPoolTransactor) DistributeRewards(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MiniPool.contract.Transact(opts, "distributeRewards")
}

// DistributeRewards is a paid mutator transaction binding the contract method 0x6f4a2cd0.
//
// Solidity: function distributeRewards() returns()
func (_MiniPool *MiniPoolSession) DistributeRewards() (*types.Transaction, error) {
	return _MiniPool.Contract.DistributeRewards(&_MiniPool.TransactOpts)
}

// DistributeRewards is a paid mutator transaction binding the contract method 0x6f4a2cd0.
//
// Solidity: function distributeRewards() returns()
func (_MiniPool *MiniPoolTransactorSession) DistributeRewards() (*types.Transaction, error) {
	return _MiniPool.Contract.DistributeRewards(&_MiniPool.TransactOpts)
}

// Fund is a paid mutator transaction binding the contract method 0xb60d4288.
//
// Solidity: function fund() payable returns()
func (_MiniPool *MiniPoolTransactor) Fund(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MiniPool.contract.Transact(opts, "fund")
}

// Fund is a paid mutator transaction binding the contract method 0xb60d4288.
//
// Solidity: function fund() payable returns()
func (_MiniPool *MiniPoolSession) Fund() (*types.Transaction, error) {
	return _MiniPool.Contract.Fund(&_MiniPool.TransactOpts)
}

// Fund is a paid mutator transaction binding the contract method 0xb60d4288.
//
// Solidity: function fund() payable returns()
func (_MiniPool *MiniPoolTransactorSession) Fund() (*types.Transaction, error) {
	return _MiniPool.Contract.Fund(&_MiniPool.TransactOpts)
}

// Initialize is a paid mutator transaction binding the contract method 0xbac63205.
//
// Solidity: function initialize(address initiator_, uint64[4] committee) payable returns()
func (_MiniPool *MiniPoolTransactor) Initialize(opts *bind.TransactOpts, initiator_ common.Address, committee [4]uint64) (*types.Transaction, error) {
	return _MiniPool.contract.Transact(opts, "initialize", initiator_, committee)
}

// Initialize is a paid mutator transaction binding the contract method 0xbac63205.
//
// Solidity: function initialize(address initiator_, uint64[4] committee) payable returns()
func (_MiniPool *MiniPoolSession) Initialize(initiator_ common.Address, committee [4]uint64) (*types.Transaction, error) {
	return _MiniPool.Contract.Initialize(&_MiniPool.TransactOpts, initiator_, committee)
}

// Initialize is a paid mutator transaction binding the contract method 0xbac63205.
//
// Solidity: function initialize(address initiator_, uint64[4] committee) payable returns()
func (_MiniPool *MiniPoolTransactorSession) Initialize(initiator_ common.Address, committee [4]uint64) (*types.Transaction, error) {
	return _MiniPool.Contract.Initialize(&_MiniPool.TransactOpts, initiator_, committee)
}

// RequestExit is a paid mutator transaction binding the contract method 0x7f8e3b4e.
//
// Solidity: function requestExit() returns()
func (_MiniPool *MiniPoolTransactor) RequestExit(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MiniPool.contract.Transact(opts, "requestExit")
}

// RequestExit is a paid mutator transaction binding the contract method 0x7f8e3b4e.
//
// Solidity: function requestExit() returns()
func (_MiniPool *MiniPoolSession) RequestExit() (*types.Transaction, error) {
	return _MiniPool.Contract.RequestExit(&_MiniPool.TransactOpts)
}

// RequestExit is a paid mutator transaction binding the contract method 0x7f8e3b4e.
//
// Solidity: function requestExit() returns()
func (_MiniPool *MiniPoolTransactorSession) RequestExit() (*types.Transaction, error) {
	return _MiniPool.Contract.RequestExit(&_MiniPool.TransactOpts)
}

// SubmitDKGResult is a paid mutator transaction binding the contract method 0x2da83c06.
//
// Solidity: function submitDKGResult(bytes validatorPubkey, bytes publicShares, bytes depositSignature, bytes32 depositDataRoot, bytes topUpSignature, bytes32 topUpDataRoot, bytes[] approvals) returns()
func (_MiniPool *MiniPoolTransactor) SubmitDKGResult(opts *bind.TransactOpts, validatorPubkey []byte, publicShares []byte, depositSignature []byte, depositDataRoot [32]byte, topUpSignature []byte, topUpDataRoot [32]byte, approvals [][]byte) (*types.Transaction, error) {
	return _MiniPool.contract.Transact(opts, "submitDKGResult", validatorPubkey, publicShares, depositSignature, depositDataRoot, topUpSignature, topUpDataRoot, approvals)
}

// SubmitDKGResult is a paid mutator transaction binding the contract method 0x2da83c06.
//
// Solidity: function submitDKGResult(bytes validatorPubkey, bytes publicShares, bytes depositSignature, bytes32 depositDataRoot, bytes topUpSignature, bytes32 topUpDataRoot, bytes[] approvals) returns()
func (_MiniPool *MiniPoolSession) SubmitDKGResult(validatorPubkey []byte, publicShares []byte, depositSignature []byte, depositDataRoot [32]byte, topUpSignature []byte, topUpDataRoot [32]byte, approvals [][]byte) (*types.Transaction, error) {
	return _MiniPool.Contract.SubmitDKGResult(&_MiniPool.TransactOpts, validatorPubkey, publicShares, depositSignature, depositDataRoot, topUpSignature, topUpDataRoot, approvals)
}

// SubmitDKGResult is a paid mutator transaction binding the contract method 0x2da83c06.
//
// Solidity: function submitDKGResult(bytes validatorPubkey, bytes publicShares, bytes depositSignature, bytes32 depositDataRoot, bytes topUpSignature, bytes32 topUpDataRoot, bytes[] approvals) returns()
func (_MiniPool *MiniPoolTransactorSession) SubmitDKGResult(validatorPubkey []byte, publicShares []byte, depositSignature []byte, depositDataRoot [32]byte, topUpSignature []byte, topUpDataRoot [32]byte, approvals [][]byte) (*types.Transaction, error) {
	return _MiniPool.Contract.SubmitDKGResult(&_MiniPool.TransactOpts, validatorPubkey, publicShares, depositSignature, depositDataRoot, topUpSignature, topUpDataRoot, approvals)
}

// WithdrawBond is a paid mutator transaction binding the contract method 0x66eb9cec.
//
// Solidity: function withdrawBond() returns()
func (_MiniPool *MiniPoolTransactor) WithdrawBond(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MiniPool.contract.Transact(opts, "withdrawBond")
}

// WithdrawBond is a paid mutator transaction binding the contract method 0x66eb9cec.
//
// Solidity: function withdrawBond() returns()
func (_MiniPool *MiniPoolSession) WithdrawBond() (*types.Transaction, error) {
	return _MiniPool.Contract.WithdrawBond(&_MiniPool.TransactOpts)
}

// WithdrawBond is a paid mutator transaction binding the contract method 0x66eb9cec.
//
// Solidity: function withdrawBond() returns()
func (_MiniPool *MiniPoolTransactorSession) WithdrawBond() (*types.Transaction, error) {
	return _MiniPool.Contract.WithdrawBond(&_MiniPool.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_MiniPool *MiniPoolTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MiniPool.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_MiniPool *MiniPoolSession) Receive() (*types.Transaction, error) {
	return _MiniPool.Contract.Receive(&_MiniPool.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_MiniPool *MiniPoolTransactorSession) Receive() (*types.Transaction, error) {
	return _MiniPool.Contract.Receive(&_MiniPool.TransactOpts)
}

// MiniPoolBondWithdrawnIterator is returned from FilterBondWithdrawn and is used to iterate over the raw logs and unpacked data for BondWithdrawn events raised by the MiniPool contract.
type MiniPoolBondWithdrawnIterator struct {
	Event *MiniPoolBondWithdrawn // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *MiniPoolBondWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MiniPoolBondWithdrawn)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(MiniPoolBondWithdrawn)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *MiniPoolBondWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MiniPoolBondWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MiniPoolBondWithdrawn represents a BondWithdrawn event raised by the MiniPool contract.
type MiniPoolBondWithdrawn struct {
	To     common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterBondWithdrawn is a free log retrieval operation binding the contract event 0x0d41118e36df44efb77a471fc49fb9c0be0406d802ef95520e9fbf606e65b455.
//
// Solidity: event BondWithdrawn(address indexed to, uint256 amount)
func (_MiniPool *MiniPoolFilterer) FilterBondWithdrawn(opts *bind.FilterOpts, to []common.Address) (*MiniPoolBondWithdrawnIterator, error) {

	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _MiniPool.contract.FilterLogs(opts, "BondWithdrawn", toRule)
	if err != nil {
		return nil, err
	}
	return &MiniPoolBondWithdrawnIterator{contract: _MiniPool.contract, event: "BondWithdrawn", logs: logs, sub: sub}, nil
}

// WatchBondWithdrawn is a free log subscription operation binding the contract event 0x0d41118e36df44efb77a471fc49fb9c0be0406d802ef95520e9fbf606e65b455.
//
// Solidity: event BondWithdrawn(address indexed to, uint256 amount)
func (_MiniPool *MiniPoolFilterer) WatchBondWithdrawn(opts *bind.WatchOpts, sink chan<- *MiniPoolBondWithdrawn, to []common.Address) (event.Subscription, error) {

	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _MiniPool.contract.WatchLogs(opts, "BondWithdrawn", toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MiniPoolBondWithdrawn)
				if err := _MiniPool.contract.UnpackLog(event, "BondWithdrawn", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseBondWithdrawn is a log parse operation binding the contract event 0x0d41118e36df44efb77a471fc49fb9c0be0406d802ef95520e9fbf606e65b455.
//
// Solidity: event BondWithdrawn(address indexed to, uint256 amount)
func (_MiniPool *MiniPoolFilterer) ParseBondWithdrawn(log types.Log) (*MiniPoolBondWithdrawn, error) {
	event := new(MiniPoolBondWithdrawn)
	if err := _MiniPool.contract.UnpackLog(event, "BondWithdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MiniPoolCredentialsCheckedIterator is returned from FilterCredentialsChecked and is used to iterate over the raw logs and unpacked data for CredentialsChecked events raised by the MiniPool contract.
type MiniPoolCredentialsCheckedIterator struct {
	Event *MiniPoolCredentialsChecked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *MiniPoolCredentialsCheckedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MiniPoolCredentialsChecked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(MiniPoolCredentialsChecked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *MiniPoolCredentialsCheckedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MiniPoolCredentialsCheckedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MiniPoolCredentialsChecked represents a CredentialsChecked event raised by the MiniPool contract.
type MiniPoolCredentialsChecked struct {
	Ok  bool
	Raw types.Log // Blockchain specific contextual infos
}

// FilterCredentialsChecked is a free log retrieval operation binding the contract event 0x7fce3c3c3808d4dc3de173d88d98c588af26df467542f2f4d2219607b1a70d4c.
//
// Solidity: event CredentialsChecked(bool ok)
func (_MiniPool *MiniPoolFilterer) FilterCredentialsChecked(opts *bind.FilterOpts) (*MiniPoolCredentialsCheckedIterator, error) {

	logs, sub, err := _MiniPool.contract.FilterLogs(opts, "CredentialsChecked")
	if err != nil {
		return nil, err
	}
	return &MiniPoolCredentialsCheckedIterator{contract: _MiniPool.contract, event: "CredentialsChecked", logs: logs, sub: sub}, nil
}

// WatchCredentialsChecked is a free log subscription operation binding the contract event 0x7fce3c3c3808d4dc3de173d88d98c588af26df467542f2f4d2219607b1a70d4c.
//
// Solidity: event CredentialsChecked(bool ok)
func (_MiniPool *MiniPoolFilterer) WatchCredentialsChecked(opts *bind.WatchOpts, sink chan<- *MiniPoolCredentialsChecked) (event.Subscription, error) {

	logs, sub, err := _MiniPool.contract.WatchLogs(opts, "CredentialsChecked")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MiniPoolCredentialsChecked)
				if err := _MiniPool.contract.UnpackLog(event, "CredentialsChecked", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseCredentialsChecked is a log parse operation binding the contract event 0x7fce3c3c3808d4dc3de173d88d98c588af26df467542f2f4d2219607b1a70d4c.
//
// Solidity: event CredentialsChecked(bool ok)
func (_MiniPool *MiniPoolFilterer) ParseCredentialsChecked(log types.Log) (*MiniPoolCredentialsChecked, error) {
	event := new(MiniPoolCredentialsChecked)
	if err := _MiniPool.contract.UnpackLog(event, "CredentialsChecked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MiniPoolDKGResultSubmittedIterator is returned from FilterDKGResultSubmitted and is used to iterate over the raw logs and unpacked data for DKGResultSubmitted events raised by the MiniPool contract.
type MiniPoolDKGResultSubmittedIterator struct {
	Event *MiniPoolDKGResultSubmitted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *MiniPoolDKGResultSubmittedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MiniPoolDKGResultSubmitted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(MiniPoolDKGResultSubmitted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *MiniPoolDKGResultSubmittedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MiniPoolDKGResultSubmittedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MiniPoolDKGResultSubmitted represents a DKGResultSubmitted event raised by the MiniPool contract.
type MiniPoolDKGResultSubmitted struct {
	Pubkey          []byte
	PublicShares    []byte
	DepositDataRoot [32]byte
	TopUpDataRoot   [32]byte
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterDKGResultSubmitted is a free log retrieval operation binding the contract event 0x2890e5ca1278b7c4bb926541eea6d9adca4c512a8d666244ec554e0967608b37.
//
// Solidity: event DKGResultSubmitted(bytes pubkey, bytes publicShares, bytes32 depositDataRoot, bytes32 topUpDataRoot)
func (_MiniPool *MiniPoolFilterer) FilterDKGResultSubmitted(opts *bind.FilterOpts) (*MiniPoolDKGResultSubmittedIterator, error) {

	logs, sub, err := _MiniPool.contract.FilterLogs(opts, "DKGResultSubmitted")
	if err != nil {
		return nil, err
	}
	return &MiniPoolDKGResultSubmittedIterator{contract: _MiniPool.contract, event: "DKGResultSubmitted", logs: logs, sub: sub}, nil
}

// WatchDKGResultSubmitted is a free log subscription operation binding the contract event 0x2890e5ca1278b7c4bb926541eea6d9adca4c512a8d666244ec554e0967608b37.
//
// Solidity: event DKGResultSubmitted(bytes pubkey, bytes publicShares, bytes32 depositDataRoot, bytes32 topUpDataRoot)
func (_MiniPool *MiniPoolFilterer) WatchDKGResultSubmitted(opts *bind.WatchOpts, sink chan<- *MiniPoolDKGResultSubmitted) (event.Subscription, error) {

	logs, sub, err := _MiniPool.contract.WatchLogs(opts, "DKGResultSubmitted")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MiniPoolDKGResultSubmitted)
				if err := _MiniPool.contract.UnpackLog(event, "DKGResultSubmitted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDKGResultSubmitted is a log parse operation binding the contract event 0x2890e5ca1278b7c4bb926541eea6d9adca4c512a8d666244ec554e0967608b37.
//
// Solidity: event DKGResultSubmitted(bytes pubkey, bytes publicShares, bytes32 depositDataRoot, bytes32 topUpDataRoot)
func (_MiniPool *MiniPoolFilterer) ParseDKGResultSubmitted(log types.Log) (*MiniPoolDKGResultSubmitted, error) {
	event := new(MiniPoolDKGResultSubmitted)
	if err := _MiniPool.contract.UnpackLog(event, "DKGResultSubmitted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MiniPoolDissolvedIterator is returned from FilterDissolved and is used to iterate over the raw logs and unpacked data for Dissolved events raised by the MiniPool contract.
type MiniPoolDissolvedIterator struct {
	Event *MiniPoolDissolved // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *MiniPoolDissolvedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MiniPoolDissolved)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(MiniPoolDissolved)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *MiniPoolDissolvedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MiniPoolDissolvedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MiniPoolDissolved represents a Dissolved event raised by the MiniPool contract.
type MiniPoolDissolved struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterDissolved is a free log retrieval operation binding the contract event 0x2996316352e1b5daf574dc4bb911aef80bf2c861f75531ca782550a8b5c35466.
//
// Solidity: event Dissolved()
func (_MiniPool *MiniPoolFilterer) FilterDissolved(opts *bind.FilterOpts) (*MiniPoolDissolvedIterator, error) {

	logs, sub, err := _MiniPool.contract.FilterLogs(opts, "Dissolved")
	if err != nil {
		return nil, err
	}
	return &MiniPoolDissolvedIterator{contract: _MiniPool.contract, event: "Dissolved", logs: logs, sub: sub}, nil
}

// WatchDissolved is a free log subscription operation binding the contract event 0x2996316352e1b5daf574dc4bb911aef80bf2c861f75531ca782550a8b5c35466.
//
// Solidity: event Dissolved()
func (_MiniPool *MiniPoolFilterer) WatchDissolved(opts *bind.WatchOpts, sink chan<- *MiniPoolDissolved) (event.Subscription, error) {

	logs, sub, err := _MiniPool.contract.WatchLogs(opts, "Dissolved")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MiniPoolDissolved)
				if err := _MiniPool.contract.UnpackLog(event, "Dissolved", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDissolved is a log parse operation binding the contract event 0x2996316352e1b5daf574dc4bb911aef80bf2c861f75531ca782550a8b5c35466.
//
// Solidity: event Dissolved()
func (_MiniPool *MiniPoolFilterer) ParseDissolved(log types.Log) (*MiniPoolDissolved, error) {
	event := new(MiniPoolDissolved)
	if err := _MiniPool.contract.UnpackLog(event, "Dissolved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MiniPoolEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the MiniPool contract.
type MiniPoolEIP712DomainChangedIterator struct {
	Event *MiniPoolEIP712DomainChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *MiniPoolEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MiniPoolEIP712DomainChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(MiniPoolEIP712DomainChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *MiniPoolEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MiniPoolEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MiniPoolEIP712DomainChanged represents a EIP712DomainChanged event raised by the MiniPool contract.
type MiniPoolEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_MiniPool *MiniPoolFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*MiniPoolEIP712DomainChangedIterator, error) {

	logs, sub, err := _MiniPool.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &MiniPoolEIP712DomainChangedIterator{contract: _MiniPool.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_MiniPool *MiniPoolFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *MiniPoolEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _MiniPool.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MiniPoolEIP712DomainChanged)
				if err := _MiniPool.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEIP712DomainChanged is a log parse operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_MiniPool *MiniPoolFilterer) ParseEIP712DomainChanged(log types.Log) (*MiniPoolEIP712DomainChanged, error) {
	event := new(MiniPoolEIP712DomainChanged)
	if err := _MiniPool.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MiniPoolExitDistributedIterator is returned from FilterExitDistributed and is used to iterate over the raw logs and unpacked data for ExitDistributed events raised by the MiniPool contract.
type MiniPoolExitDistributedIterator struct {
	Event *MiniPoolExitDistributed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *MiniPoolExitDistributedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MiniPoolExitDistributed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(MiniPoolExitDistributed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *MiniPoolExitDistributedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MiniPoolExitDistributedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MiniPoolExitDistributed represents a ExitDistributed event raised by the MiniPool contract.
type MiniPoolExitDistributed struct {
	PoolShare      *big.Int
	InitiatorShare *big.Int
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterExitDistributed is a free log retrieval operation binding the contract event 0x4f0efe598222c8d608f1d601adc1a595f919823d497adc273f6df8a42f31f15f.
//
// Solidity: event ExitDistributed(uint256 poolShare, uint256 initiatorShare)
func (_MiniPool *MiniPoolFilterer) FilterExitDistributed(opts *bind.FilterOpts) (*MiniPoolExitDistributedIterator, error) {

	logs, sub, err := _MiniPool.contract.FilterLogs(opts, "ExitDistributed")
	if err != nil {
		return nil, err
	}
	return &MiniPoolExitDistributedIterator{contract: _MiniPool.contract, event: "ExitDistributed", logs: logs, sub: sub}, nil
}

// WatchExitDistributed is a free log subscription operation binding the contract event 0x4f0efe598222c8d608f1d601adc1a595f919823d497adc273f6df8a42f31f15f.
//
// Solidity: event ExitDistributed(uint256 poolShare, uint256 initiatorShare)
func (_MiniPool *MiniPoolFilterer) WatchExitDistributed(opts *bind.WatchOpts, sink chan<- *MiniPoolExitDistributed) (event.Subscription, error) {

	logs, sub, err := _MiniPool.contract.WatchLogs(opts, "ExitDistributed")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MiniPoolExitDistributed)
				if err := _MiniPool.contract.UnpackLog(event, "ExitDistributed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseExitDistributed is a log parse operation binding the contract event 0x4f0efe598222c8d608f1d601adc1a595f919823d497adc273f6df8a42f31f15f.
//
// Solidity: event ExitDistributed(uint256 poolShare, uint256 initiatorShare)
func (_MiniPool *MiniPoolFilterer) ParseExitDistributed(log types.Log) (*MiniPoolExitDistributed, error) {
	event := new(MiniPoolExitDistributed)
	if err := _MiniPool.contract.UnpackLog(event, "ExitDistributed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MiniPoolExitRequestedIterator is returned from FilterExitRequested and is used to iterate over the raw logs and unpacked data for ExitRequested events raised by the MiniPool contract.
type MiniPoolExitRequestedIterator struct {
	Event *MiniPoolExitRequested // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *MiniPoolExitRequestedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MiniPoolExitRequested)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(MiniPoolExitRequested)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *MiniPoolExitRequestedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MiniPoolExitRequestedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MiniPoolExitRequested represents a ExitRequested event raised by the MiniPool contract.
type MiniPoolExitRequested struct {
	Pubkey      []byte
	OperatorIds [4]uint64
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterExitRequested is a free log retrieval operation binding the contract event 0xe31ed2afd0894ceaf179283ceb93c120b4a5b4a950ad088f7b61feb616d29ef6.
//
// Solidity: event ExitRequested(bytes pubkey, uint64[4] operatorIds)
func (_MiniPool *MiniPoolFilterer) FilterExitRequested(opts *bind.FilterOpts) (*MiniPoolExitRequestedIterator, error) {

	logs, sub, err := _MiniPool.contract.FilterLogs(opts, "ExitRequested")
	if err != nil {
		return nil, err
	}
	return &MiniPoolExitRequestedIterator{contract: _MiniPool.contract, event: "ExitRequested", logs: logs, sub: sub}, nil
}

// WatchExitRequested is a free log subscription operation binding the contract event 0xe31ed2afd0894ceaf179283ceb93c120b4a5b4a950ad088f7b61feb616d29ef6.
//
// Solidity: event ExitRequested(bytes pubkey, uint64[4] operatorIds)
func (_MiniPool *MiniPoolFilterer) WatchExitRequested(opts *bind.WatchOpts, sink chan<- *MiniPoolExitRequested) (event.Subscription, error) {

	logs, sub, err := _MiniPool.contract.WatchLogs(opts, "ExitRequested")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MiniPoolExitRequested)
				if err := _MiniPool.contract.UnpackLog(event, "ExitRequested", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseExitRequested is a log parse operation binding the contract event 0xe31ed2afd0894ceaf179283ceb93c120b4a5b4a950ad088f7b61feb616d29ef6.
//
// Solidity: event ExitRequested(bytes pubkey, uint64[4] operatorIds)
func (_MiniPool *MiniPoolFilterer) ParseExitRequested(log types.Log) (*MiniPoolExitRequested, error) {
	event := new(MiniPoolExitRequested)
	if err := _MiniPool.contract.UnpackLog(event, "ExitRequested", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MiniPoolPreDepositedIterator is returned from FilterPreDeposited and is used to iterate over the raw logs and unpacked data for PreDeposited events raised by the MiniPool contract.
type MiniPoolPreDepositedIterator struct {
	Event *MiniPoolPreDeposited // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *MiniPoolPreDepositedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MiniPoolPreDeposited)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(MiniPoolPreDeposited)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *MiniPoolPreDepositedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MiniPoolPreDepositedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MiniPoolPreDeposited represents a PreDeposited event raised by the MiniPool contract.
type MiniPoolPreDeposited struct {
	Pubkey []byte
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterPreDeposited is a free log retrieval operation binding the contract event 0x9938054e6d61867cf24800daface8f02c04ef2155edfeea64ad981507fa4c896.
//
// Solidity: event PreDeposited(bytes pubkey, uint256 amount)
func (_MiniPool *MiniPoolFilterer) FilterPreDeposited(opts *bind.FilterOpts) (*MiniPoolPreDepositedIterator, error) {

	logs, sub, err := _MiniPool.contract.FilterLogs(opts, "PreDeposited")
	if err != nil {
		return nil, err
	}
	return &MiniPoolPreDepositedIterator{contract: _MiniPool.contract, event: "PreDeposited", logs: logs, sub: sub}, nil
}

// WatchPreDeposited is a free log subscription operation binding the contract event 0x9938054e6d61867cf24800daface8f02c04ef2155edfeea64ad981507fa4c896.
//
// Solidity: event PreDeposited(bytes pubkey, uint256 amount)
func (_MiniPool *MiniPoolFilterer) WatchPreDeposited(opts *bind.WatchOpts, sink chan<- *MiniPoolPreDeposited) (event.Subscription, error) {

	logs, sub, err := _MiniPool.contract.WatchLogs(opts, "PreDeposited")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MiniPoolPreDeposited)
				if err := _MiniPool.contract.UnpackLog(event, "PreDeposited", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParsePreDeposited is a log parse operation binding the contract event 0x9938054e6d61867cf24800daface8f02c04ef2155edfeea64ad981507fa4c896.
//
// Solidity: event PreDeposited(bytes pubkey, uint256 amount)
func (_MiniPool *MiniPoolFilterer) ParsePreDeposited(log types.Log) (*MiniPoolPreDeposited, error) {
	event := new(MiniPoolPreDeposited)
	if err := _MiniPool.contract.UnpackLog(event, "PreDeposited", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MiniPoolRewardsDistributedIterator is returned from FilterRewardsDistributed and is used to iterate over the raw logs and unpacked data for RewardsDistributed events raised by the MiniPool contract.
type MiniPoolRewardsDistributedIterator struct {
	Event *MiniPoolRewardsDistributed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *MiniPoolRewardsDistributedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MiniPoolRewardsDistributed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(MiniPoolRewardsDistributed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *MiniPoolRewardsDistributedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MiniPoolRewardsDistributedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MiniPoolRewardsDistributed represents a RewardsDistributed event raised by the MiniPool contract.
type MiniPoolRewardsDistributed struct {
	PoolShare      *big.Int
	InitiatorShare *big.Int
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterRewardsDistributed is a free log retrieval operation binding the contract event 0x29e98ba00d07f171959c4ddcd2f3020debc7c52cf537a034d7e664340d098c6c.
//
// Solidity: event RewardsDistributed(uint256 poolShare, uint256 initiatorShare)
func (_MiniPool *MiniPoolFilterer) FilterRewardsDistributed(opts *bind.FilterOpts) (*MiniPoolRewardsDistributedIterator, error) {

	logs, sub, err := _MiniPool.contract.FilterLogs(opts, "RewardsDistributed")
	if err != nil {
		return nil, err
	}
	return &MiniPoolRewardsDistributedIterator{contract: _MiniPool.contract, event: "RewardsDistributed", logs: logs, sub: sub}, nil
}

// WatchRewardsDistributed is a free log subscription operation binding the contract event 0x29e98ba00d07f171959c4ddcd2f3020debc7c52cf537a034d7e664340d098c6c.
//
// Solidity: event RewardsDistributed(uint256 poolShare, uint256 initiatorShare)
func (_MiniPool *MiniPoolFilterer) WatchRewardsDistributed(opts *bind.WatchOpts, sink chan<- *MiniPoolRewardsDistributed) (event.Subscription, error) {

	logs, sub, err := _MiniPool.contract.WatchLogs(opts, "RewardsDistributed")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MiniPoolRewardsDistributed)
				if err := _MiniPool.contract.UnpackLog(event, "RewardsDistributed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRewardsDistributed is a log parse operation binding the contract event 0x29e98ba00d07f171959c4ddcd2f3020debc7c52cf537a034d7e664340d098c6c.
//
// Solidity: event RewardsDistributed(uint256 poolShare, uint256 initiatorShare)
func (_MiniPool *MiniPoolFilterer) ParseRewardsDistributed(log types.Log) (*MiniPoolRewardsDistributed, error) {
	event := new(MiniPoolRewardsDistributed)
	if err := _MiniPool.contract.UnpackLog(event, "RewardsDistributed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MiniPoolStakedIterator is returned from FilterStaked and is used to iterate over the raw logs and unpacked data for Staked events raised by the MiniPool contract.
type MiniPoolStakedIterator struct {
	Event *MiniPoolStaked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *MiniPoolStakedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MiniPoolStaked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(MiniPoolStaked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *MiniPoolStakedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MiniPoolStakedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MiniPoolStaked represents a Staked event raised by the MiniPool contract.
type MiniPoolStaked struct {
	Pubkey []byte
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterStaked is a free log retrieval operation binding the contract event 0x54c9753dfb49f5219ab94b93daa841a858d8b98c980e827e0f7f7e4b6c3f899f.
//
// Solidity: event Staked(bytes pubkey, uint256 amount)
func (_MiniPool *MiniPoolFilterer) FilterStaked(opts *bind.FilterOpts) (*MiniPoolStakedIterator, error) {

	logs, sub, err := _MiniPool.contract.FilterLogs(opts, "Staked")
	if err != nil {
		return nil, err
	}
	return &MiniPoolStakedIterator{contract: _MiniPool.contract, event: "Staked", logs: logs, sub: sub}, nil
}

// WatchStaked is a free log subscription operation binding the contract event 0x54c9753dfb49f5219ab94b93daa841a858d8b98c980e827e0f7f7e4b6c3f899f.
//
// Solidity: event Staked(bytes pubkey, uint256 amount)
func (_MiniPool *MiniPoolFilterer) WatchStaked(opts *bind.WatchOpts, sink chan<- *MiniPoolStaked) (event.Subscription, error) {

	logs, sub, err := _MiniPool.contract.WatchLogs(opts, "Staked")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MiniPoolStaked)
				if err := _MiniPool.contract.UnpackLog(event, "Staked", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseStaked is a log parse operation binding the contract event 0x54c9753dfb49f5219ab94b93daa841a858d8b98c980e827e0f7f7e4b6c3f899f.
//
// Solidity: event Staked(bytes pubkey, uint256 amount)
func (_MiniPool *MiniPoolFilterer) ParseStaked(log types.Log) (*MiniPoolStaked, error) {
	event := new(MiniPoolStaked)
	if err := _MiniPool.contract.UnpackLog(event, "Staked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MiniPoolFactoryMetaData contains all meta data concerning the MiniPoolFactory contract.
var MiniPoolFactoryMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIOperatorRegistry\",\"name\":\"registry\",\"type\":\"address\"},{\"internalType\":\"contractIDepositContract\",\"name\":\"depositContract_\",\"type\":\"address\"},{\"internalType\":\"contractIStakingPool\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"bond_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minVerified_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"DuplicateOperator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedDeployment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"verified\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"NotEnoughVerified\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"NotOperatorOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"OperatorNotActive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OracleAlreadySet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OracleNotSet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"}],\"name\":\"WrongBond\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"miniPool\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64[4]\",\"name\":\"operatorIds\",\"type\":\"uint64[4]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"withdrawalCredentials\",\"type\":\"bytes32\"}],\"name\":\"DKGRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"miniPool\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"initiatorOperatorId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"initiator\",\"type\":\"address\"}],\"name\":\"MiniPoolCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"bond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"commissionBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"initiatorId\",\"type\":\"uint64\"},{\"internalType\":\"uint64[3]\",\"name\":\"others\",\"type\":\"uint64[3]\"}],\"name\":\"createMiniPool\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"miniPool\",\"type\":\"address\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositContract\",\"outputs\":[{\"internalType\":\"contractIDepositContract\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"implementation\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isMiniPool\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minVerified\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"miniPoolCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"miniPools\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operators\",\"outputs\":[{\"internalType\":\"contractIOperatorRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"oracle\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"oracle_\",\"type\":\"address\"}],\"name\":\"setOracle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakingPool\",\"outputs\":[{\"internalType\":\"contractIStakingPool\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610160604052348015610010575f5ffd5b5060405161413738038061413783398101604081905261002f91610279565b806001600160a01b03811661005d57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b61006681610206565b5060018055670de0b6b3a7640000831180156100f35750836001600160a01b03166337778f4d6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156100b9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100dd91906102e9565b6100e79084610300565b6801bc16d674ec800000145b8015610100575060038211155b610108575f5ffd5b6001600160a01b0380871660805285811660a052841660c081905260e084905260408051631ad68a0760e31b8152905163d6b45038916004808201926020929091908290030181865afa158015610161573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061018591906102e9565b61010081905261012083905260405187918791879187916101a590610255565b6001600160a01b03958616815293851660208501529390911660408301526060820152608081019190915260a001604051809103905ff0801580156101ec573d5f5f3e3d5ffd5b506001600160a01b03166101405250610325945050505050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b612ecf8061126883390190565b6001600160a01b0381168114610276575f5ffd5b50565b5f5f5f5f5f5f60c0878903121561028e575f5ffd5b865161029981610262565b60208801519096506102aa81610262565b60408801519095506102bb81610262565b6060880151608089015160a08a015192965090945092506102db81610262565b809150509295509295509295565b5f602082840312156102f9575f5ffd5b5051919050565b8082018082111561031f57634e487b7160e01b5f52601160045260245ffd5b92915050565b60805160a05160c05160e051610100516101205161014051610eb36103b55f395f81816101b0015261097501525f81816102b801528181610908015261094401525f6102eb01525f81816102020152818161042c015261046601525f61010401525f61035101525f818161031e015281816104e8015281816105a1015281816106c001526108400152610eb35ff3fe6080604052600436106100ef575f3560e01c80637c3cf5bf11610087578063d6b4503811610057578063d6b45038146102da578063e673df8a1461030d578063e94ad65b14610340578063f2fde38b14610373575f5ffd5b80637c3cf5bf146102595780637dc0d1d01461026c5780638da5cb5b1461028b578063be528e21146102a7575f5ffd5b806362640674116100c257806362640674146101d257806364c9ec6f146101f1578063715018a6146102245780637adbf9731461023a575f5ffd5b80630c56ae3b146100f357806331b1af251461014357806350c57b01146101615780635c60da1b1461019f575b5f5ffd5b3480156100fe575f5ffd5b506101267f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b34801561014e575f5ffd5b506004545b60405190815260200161013a565b34801561016c575f5ffd5b5061018f61017b366004610d0c565b60036020525f908152604090205460ff1681565b604051901515815260200161013a565b3480156101aa575f5ffd5b506101267f000000000000000000000000000000000000000000000000000000000000000081565b3480156101dd575f5ffd5b506101266101ec366004610d2e565b610392565b3480156101fc575f5ffd5b506101537f000000000000000000000000000000000000000000000000000000000000000081565b34801561022f575f5ffd5b506102386103ba565b005b348015610245575f5ffd5b50610238610254366004610d0c565b6103cd565b610126610267366004610d60565b610421565b348015610277575f5ffd5b50600254610126906001600160a01b031681565b348015610296575f5ffd5b505f546001600160a01b0316610126565b3480156102b2575f5ffd5b506101537f000000000000000000000000000000000000000000000000000000000000000081565b3480156102e5575f5ffd5b506101537f000000000000000000000000000000000000000000000000000000000000000081565b348015610318575f5ffd5b506101267f000000000000000000000000000000000000000000000000000000000000000081565b34801561034b575f5ffd5b506101267f000000000000000000000000000000000000000000000000000000000000000081565b34801561037e575f5ffd5b5061023861038d366004610d0c565b610ba6565b600481815481106103a1575f80fd5b5f918252602090912001546001600160a01b0316905081565b6103c2610be3565b6103cb5f610c0f565b565b6103d5610be3565b6002546001600160a01b0316156103ff57604051631f4276bf60e01b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0392909216919091179055565b5f61042a610c5e565b7f000000000000000000000000000000000000000000000000000000000000000034146104975760405163062f01ed60e11b81523460048201527f000000000000000000000000000000000000000000000000000000000000000060248201526044015b60405180910390fd5b6002546001600160a01b03166104c057604051633e1e538160e21b815260040160405180910390fd5b604051637903a61760e01b81526001600160401b038416600482015233906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690637903a61790602401602060405180830381865afa15801561052d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105519190610d97565b6001600160a01b0316146105835760405163459345c360e01b81526001600160401b038416600482015260240161048e565b6040516334abcac960e01b81526001600160401b03841660048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906334abcac990602401602060405180830381865afa1580156105ee573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106129190610db2565b61063a57604051630e4441c160e31b81526001600160401b038416600482015260240161048e565b60408051608081019091526001600160401b03841681525f9060208082019061066590860186610de5565b6001600160401b031681526020908101906106869060408701908701610de5565b6001600160401b031681526020016106a46060860160408701610de5565b6001600160401b0316905290505f60015b6004811015610905577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166334abcac98483600481106106ff576106ff610dd1565b60200201516040516001600160e01b031960e084901b1681526001600160401b039091166004820152602401602060405180830381865afa158015610746573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061076a9190610db2565b6107aa5782816004811061078057610780610dd1565b6020020151604051630e4441c160e31b81526001600160401b03909116600482015260240161048e565b5f5b8181101561083d578382600481106107c6576107c6610dd1565b60200201516001600160401b03168482600481106107e6576107e6610dd1565b60200201516001600160401b0316036108355783826004811061080b5761080b610dd1565b602002015160405163ae1b9f2560e01b81526001600160401b03909116600482015260240161048e565b6001016107ac565b507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166317d91c4c84836004811061087f5761087f610dd1565b60200201516040516001600160e01b031960e084901b1681526001600160401b039091166004820152602401602060405180830381865afa1580156108c6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108ea9190610db2565b156108fd57816108f981610dfe565b9250505b6001016106b5565b507f000000000000000000000000000000000000000000000000000000000000000081101561097057604051631834c02360e01b8152600481018290527f0000000000000000000000000000000000000000000000000000000000000000602482015260440161048e565b6109997f0000000000000000000000000000000000000000000000000000000000000000610c88565b60405163bac6320560e01b815290935083906001600160a01b0382169063bac632059034906109ce9033908890600401610e53565b5f604051808303818588803b1580156109e5575f5ffd5b505af11580156109f7573d5f5f3e3d5ffd5b5050506001600160a01b0386165f81815260036020526040808220805460ff1916600190811790915560048054918201815583527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b0180546001600160a01b03191684179055513394506001600160401b038b1693507fbc4bb1c9b6c45a1ccc7786037933145ee958565c1da08b95e9176e1bd47473eb9190a4836001600160a01b03167fa33eee38264b6639f6abcd72efe5cc69dac94a125baed06bfca9160333e7a4ae84836001600160a01b031663785ffb376040518163ffffffff1660e01b8152600401602060405180830381865afa158015610af9573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b1d9190610e70565b846001600160a01b0316634cd79e0a6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610b59573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b7d9190610e70565b604051610b8c93929190610e87565b60405180910390a2505050610ba060018055565b92915050565b610bae610be3565b6001600160a01b038116610bd757604051631e4fbdf760e01b81525f600482015260240161048e565b610be081610c0f565b50565b5f546001600160a01b031633146103cb5760405163118cdaa760e01b815233600482015260240161048e565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b600260015403610c8157604051633ee5aeb560e01b815260040160405180910390fd5b6002600155565b5f610ba0828280763d602d80600a3d3981f3363d3d373d3d3d363d730000008360601b60e81c175f526e5af43d82803e903d91602b57fd5bf38360781b176020526037600983f090506001600160a01b038116610ba05760405163b06ebf3d60e01b815260040160405180910390fd5b6001600160a01b0381168114610be0575f5ffd5b5f60208284031215610d1c575f5ffd5b8135610d2781610cf8565b9392505050565b5f60208284031215610d3e575f5ffd5b5035919050565b80356001600160401b0381168114610d5b575f5ffd5b919050565b5f5f60808385031215610d71575f5ffd5b610d7a83610d45565b915083608084011115610d8b575f5ffd5b50926020919091019150565b5f60208284031215610da7575f5ffd5b8151610d2781610cf8565b5f60208284031215610dc2575f5ffd5b81518015158114610d27575f5ffd5b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215610df5575f5ffd5b610d2782610d45565b5f60018201610e1b57634e487b7160e01b5f52601160045260245ffd5b5060010190565b805f5b6004811015610e4d5781516001600160401b0316845260209384019390910190600101610e25565b50505050565b6001600160a01b038316815260a08101610d276020830184610e22565b5f60208284031215610e80575f5ffd5b5051919050565b60c08101610e958286610e22565b608082019390935260a0015291905056fea164736f6c634300081e000a610220604052348015610010575f5ffd5b50604051612ecf380380612ecf83398101604081905261002f916101e3565b604080518082018252601181527012d95e54dd185ad948135a5b9a541bdbdb607a1b602080830191909152825180840190935260018352603160f81b908301529061007a825f610154565b61012052610089816001610154565b61014052815160208084019190912060e052815190820120610100524660a05261011560e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052600160025533610160526001600160a01b03948516610180529284166101a05292166101c0526101e091909152610200526103e7565b5f60208351101561016f5761016883610186565b9050610180565b8161017a84826102d5565b5060ff90505b92915050565b5f5f829050601f815111156101b9578260405163305a27a960e01b81526004016101b0919061038f565b60405180910390fd5b80516101c4826103c4565b179392505050565b6001600160a01b03811681146101e0575f5ffd5b50565b5f5f5f5f5f60a086880312156101f7575f5ffd5b8551610202816101cc565b6020870151909550610213816101cc565b6040870151909450610224816101cc565b6060870151608090970151959894975095949392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061026557607f821691505b60208210810361028357634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156102d057805f5260205f20601f840160051c810160208510156102ae5750805b601f840160051c820191505b818110156102cd575f81556001016102ba565b50505b505050565b81516001600160401b038111156102ee576102ee61023d565b610302816102fc8454610251565b84610289565b6020601f821160018114610334575f831561031d5750848201515b5f19600385901b1c1916600184901b1784556102cd565b5f84815260208120601f198516915b828110156103635787850151825560209485019460019092019101610343565b508482101561038057868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610283575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e051610200516129d66104f95f395f818161059e015281816107810152610fe001525f81816103c9015281816106c30152818161070b01528181610f4801528181610f9c015281816114100152818161144a015281816116aa01526116e401525f81816102100152818161085101528181611077015281816113cb015261188b01525f81816106230152611bba01525f81816105d101528181610dd20152611a6101525f8181610543015281816110d1015261163f01525f611d0101525f611cd501525f611f2501525f611efd01525f611e5801525f611e8201525f611eac01526129d65ff3fe6080604052600436106101f4575f3560e01c80637dc0d1d011610108578063c19d93fb1161009d578063d6b450381161006d578063d6b450381461058d578063e673df8a146105c0578063e825e1d0146105f3578063e94ad65b14610612578063ef972e4614610645575f5ffd5b8063c19d93fb1461050c578063c45a015514610532578063c5234a7e14610565578063c988939814610579575f5ffd5b8063b08ee936116100d8578063b08ee936146104b1578063b10fd87d146104d0578063b60d4288146104f1578063bac63205146104f9575f5ffd5b80637dc0d1d0146104465780637f8e3b4e1461045a57806384b0196e1461046e578063a13a804a14610495575f5ffd5b8063484d59e61161018957806364c9ec6f1161015957806364c9ec6f146103b857806366eb9cec146103eb5780636784757e146103ff5780636f4a2cd01461041e578063785ffb3714610432575f5ffd5b8063484d59e6146103415780634cd79e0a146103625780635472534d1461037a5780635c39fcc114610399575f5ffd5b80632da83c06116101c45780632da83c06146102dd5780633703e09b146102fc5780633a14af65146103175780633bef8a3a1461032d575f5ffd5b80630c56ae3b146101ff5780631958f7af1461024f5780632373a62b14610290578063243a53b0146102c7575f5ffd5b366101fb57005b5f5ffd5b34801561020a575f5ffd5b506102327f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b34801561025a575f5ffd5b506102827f47bc75932e51f5fc99e65b1cb1363c40d49d1c978bb4f31731d646e7eedeb5e081565b604051908152602001610246565b34801561029b575f5ffd5b50600f546102af906001600160401b031681565b6040516001600160401b039091168152602001610246565b3480156102d2575f5ffd5b506102db61065a565b005b3480156102e8575f5ffd5b506102db6102f7366004612204565b6108d0565b348015610307575f5ffd5b50610282670de0b6b3a764000081565b348015610322575f5ffd5b506102826212750081565b348015610338575f5ffd5b506102db610b14565b34801561034c575f5ffd5b50610355610bd0565b6040516102469190612344565b34801561036d575f5ffd5b50600160f81b3017610282565b348015610385575f5ffd5b5061028261039436600461235d565b610c5c565b3480156103a4575f5ffd5b50600354610232906001600160a01b031681565b3480156103c3575f5ffd5b506102827f000000000000000000000000000000000000000000000000000000000000000081565b3480156103f6575f5ffd5b506102db610c78565b34801561040a575f5ffd5b506102db61041936600461235d565b610d52565b348015610429575f5ffd5b506102db610ee0565b34801561043d575f5ffd5b50610282600381565b348015610451575f5ffd5b506102326110ce565b348015610465575f5ffd5b506102db611154565b348015610479575f5ffd5b50610482611200565b6040516102469796959493929190612374565b3480156104a0575f5ffd5b506102826801bc16d674ec80000081565b3480156104bc575f5ffd5b506102826104cb36600461240a565b611242565b3480156104db575f5ffd5b506104e461130d565b6040516102469190612485565b6102db611377565b6102db6105073660046124d2565b611634565b348015610517575f5ffd5b506005546105259060ff1681565b604051610246919061253f565b34801561053d575f5ffd5b506102327f000000000000000000000000000000000000000000000000000000000000000081565b348015610570575f5ffd5b50610282600481565b348015610584575f5ffd5b506102db61173c565b348015610598575f5ffd5b506102827f000000000000000000000000000000000000000000000000000000000000000081565b3480156105cb575f5ffd5b506102327f000000000000000000000000000000000000000000000000000000000000000081565b3480156105fe575f5ffd5b506102db61060d36600461254d565b61179a565b34801561061d575f5ffd5b506102327f000000000000000000000000000000000000000000000000000000000000000081565b348015610650575f5ffd5b5061028260095481565b6106626118e6565b6003806005805460ff169081111561067c5761067c61250b565b146106ac57600554604051635649f63b60e01b81526106a39160ff1690839060040161256c565b60405180910390fd5b5f6106b561190e565b6106bf904761259b565b90507f000000000000000000000000000000000000000000000000000000000000000081101561070557604051634133c91560e01b8152600481018290526024016106a3565b5f6107397f00000000000000000000000000000000000000000000000000000000000000006801bc16d674ec80000061259b565b90505f5f6801bc16d674ec80000084106107cf575f6801bc16d674ec80000084610763828861259b565b61076d91906125ae565b61077791906125c5565b90506127106107a67f0000000000000000000000000000000000000000000000000000000000000000836125ae565b6107b091906125c5565b9150816107bd82866125e4565b6107c7919061259b565b9250506107e1565b8284106107dc57826107de565b835b91505b6005805460ff19168117905561080b816107fb848761259b565b610805919061259b565b8261191f565b7f4f0efe598222c8d608f1d601adc1a595f919823d497adc273f6df8a42f31f15f82610837818761259b565b6040805192835260208301919091520160405180910390a17f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166332e5e959836040518263ffffffff1660e01b81526004015f604051808303818588803b1580156108a8575f5ffd5b505af11580156108ba573d5f5f3e3d5ffd5b505050505050505050506108ce6001600255565b565b6108d86118e6565b5f806005805460ff16908111156108f1576108f161250b565b1461091857600554604051635649f63b60e01b81526106a39160ff1690839060040161256c565b6003546001600160a01b0316331461094557604051636021142160e01b81523360048201526024016106a3565b60308c141580610960575061095c600460306125ae565b8a14155b8061096c575060608514155b80610978575060048214155b156109955760405162f8b33f60e71b815260040160405180910390fd5b6109ad6109a68e8e8e8e8c8a611242565b84846119d0565b60066109ba8d8f8361268e565b5060076109c886888361268e565b5060088490556005805460ff19166001179055600f80546001600160401b03421667ffffffffffffffff199091161790556040517f2890e5ca1278b7c4bb926541eea6d9adca4c512a8d666244ec554e0967608b3790610a33908f908f908f908f908d908b9061276f565b60405180910390a1610ab88d8d8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050604080516020601f8f018190048102820181019092528d815292508d91508c90819084018382808284375f920191909152508c9250670de0b6b3a76400009150611bb09050565b7f9938054e6d61867cf24800daface8f02c04ef2155edfeea64ad981507fa4c8968d8d670de0b6b3a7640000604051610af3939291906127ab565b60405180910390a150610b066001600255565b505050505050505050505050565b6001806005805460ff1690811115610b2e57610b2e61250b565b14610b5557600554604051635649f63b60e01b81526106a39160ff1690839060040161256c565b600f545f90610b719062127500906001600160401b03166125e4565b905080421015610b9757604051630a8d68c960e21b8152600481018290526024016106a3565b6005805460ff191660041790556040517f2996316352e1b5daf574dc4bb911aef80bf2c861f75531ca782550a8b5c35466905f90a15050565b60068054610bdd9061260b565b80601f0160208091040260200160405190810160405280929190818152602001828054610c099061260b565b8015610c545780601f10610c2b57610100808354040283529160200191610c54565b820191905f5260205f20905b815481529060010190602001808311610c3757829003601f168201915b505050505081565b5f600a8260048110610c7057610c706127ce565b015492915050565b610c806118e6565b6004806005805460ff1690811115610c9a57610c9a61250b565b14610cc157600554604051635649f63b60e01b81526106a39160ff1690839060040161256c565b6003546001600160a01b03163314610cee57604051636021142160e01b81523360048201526024016106a3565b60035460405147808252916001600160a01b0316907f0d41118e36df44efb77a471fc49fb9c0be0406d802ef95520e9fbf606e65b4559060200160405180910390a2600354610d46906001600160a01b031682611c5e565b50506108ce6001600255565b610d5a6118e6565b801580610d68575060048110155b15610d855760405162f8b33f60e71b815260040160405180910390fd5b5f60048260048110610d9957610d996127ce565b60048082049290920154604051637903a61760e01b815260039092166008026101000a90046001600160401b03169181018290529091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690637903a61790602401602060405180830381865afa158015610e1f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e4391906127e2565b6001600160a01b0316336001600160a01b031614610e7f5760405163459345c360e01b81526001600160401b03821660048201526024016106a3565b5f600a8360048110610e9357610e936127ce565b015490505f600a8460048110610eab57610eab6127ce565b018190555080600e5f828254610ec1919061259b565b90915550610ed190503382611c5e565b5050610edd6001600255565b50565b610ee86118e6565b6003806005805460ff1690811115610f0257610f0261250b565b14610f2957600554604051635649f63b60e01b81526106a39160ff1690839060040161256c565b5f610f3261190e565b610f3c904761259b565b9050801580610f6b57507f00000000000000000000000000000000000000000000000000000000000000008110155b15610f8c57604051630ac0e4d560e01b8152600481018290526024016106a3565b5f6801bc16d674ec800000610fc17f00000000000000000000000000000000000000000000000000000000000000008261259b565b610fcb90846125ae565b610fd591906125c5565b90505f6127106110057f0000000000000000000000000000000000000000000000000000000000000000846125ae565b61100f91906125c5565b90505f61101c828461259b565b905061103161102b848661259b565b8361191f565b7f29e98ba00d07f171959c4ddcd2f3020debc7c52cf537a034d7e664340d098c6c8161105d818761259b565b6040805192835260208301919091520160405180910390a17f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663631cbe3c826040518263ffffffff1660e01b81526004015f604051808303818588803b1580156108a8575f5ffd5b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316637dc0d1d06040518163ffffffff1660e01b8152600401602060405180830381865afa15801561112b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061114f91906127e2565b905090565b6003806005805460ff169081111561116e5761116e61250b565b1461119557600554604051635649f63b60e01b81526106a39160ff1690839060040161256c565b6003546001600160a01b031633146111c257604051636021142160e01b81523360048201526024016106a3565b7fe31ed2afd0894ceaf179283ceb93c120b4a5b4a950ad088f7b61feb616d29ef6600660046040516111f592919061287b565b60405180910390a150565b5f6060805f5f5f6060611211611cce565b611219611cfa565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f6113027f47bc75932e51f5fc99e65b1cb1363c40d49d1c978bb4f31731d646e7eedeb5e030898960405161127892919061290d565b6040518091039020888860405161129092919061290d565b60405180910390206112a530600160f81b1790565b6040805160208101969096526001600160a01b03909416938501939093526060840191909152608083015260a082015260c0810185905260e081018490526101000160405160208183030381529060405280519060200120611d27565b979650505050505050565b6113156120a1565b604080516080810191829052906004908190815f855b82829054906101000a90046001600160401b03166001600160401b03168152602001906008019060208260070104928301926001038202915080841161132b5790505050505050905090565b61137f6118e6565b6002806005805460ff16908111156113995761139961250b565b146113c057600554604051635649f63b60e01b81526106a39160ff1690839060040161256c565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461140b57604051630580b1f360e51b81523360048201526024016106a3565b61143e7f00000000000000000000000000000000000000000000000000000000000000006801bc16d674ec80000061259b565b341461149a57346114787f00000000000000000000000000000000000000000000000000000000000000006801bc16d674ec80000061259b565b60405163312b003360e01b8152600481019290925260248201526044016106a3565b5f6114b6670de0b6b3a76400006801bc16d674ec80000061259b565b6005805460ff19166003179055600680549192506115e5916114d79061260b565b80601f01602080910402602001604051908101604052809291908181526020018280546115039061260b565b801561154e5780601f106115255761010080835404028352916020019161154e565b820191905f5260205f20905b81548152906001019060200180831161153157829003601f168201915b5050505050600780546115609061260b565b80601f016020809104026020016040519081016040528092919081815260200182805461158c9061260b565b80156115d75780601f106115ae576101008083540402835291602001916115d7565b820191905f5260205f20905b8154815290600101906020018083116115ba57829003601f168201915b505050505060085484611bb0565b7f54c9753dfb49f5219ab94b93daa841a858d8b98c980e827e0f7f7e4b6c3f899f60066801bc16d674ec80000060405161162092919061291c565b60405180910390a150506108ce6001600255565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461167f57604051635aa8141760e11b81523360048201526024016106a3565b6003546001600160a01b0316156116a85760405162dc149f60e41b815260040160405180910390fd5b7f000000000000000000000000000000000000000000000000000000000000000034146117105760405163312b003360e01b81523460048201527f000000000000000000000000000000000000000000000000000000000000000060248201526044016106a3565b600380546001600160a01b0319166001600160a01b038416179055611737600482816120bf565b505050565b6117446118e6565b6003546001600160a01b0316331461177157604051636021142160e01b81523360048201526024016106a3565b600980545f90915560035461178f906001600160a01b031682611c5e565b506108ce6001600255565b6001806005805460ff16908111156117b4576117b461250b565b146117db57600554604051635649f63b60e01b81526106a39160ff1690839060040161256c565b6117e36110ce565b6001600160a01b0316336001600160a01b0316146118165760405163037d3e0960e61b81523360048201526024016106a3565b60405182151581527f7fce3c3c3808d4dc3de173d88d98c588af26df467542f2f4d2219607b1a70d4c9060200160405180910390a1816118615750506005805460ff19166004179055565b6005805460ff191660021790556040516391e0b2ef60e01b81523060048201526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906391e0b2ef906024015f604051808303815f87803b1580156118cc575f5ffd5b505af11580156118de573d5f5f3e3d5ffd5b505050505050565b600280540361190857604051633ee5aeb560e01b815260040160405180910390fd5b60028055565b5f600e5460095461114f91906125e4565b5f600361192d6002846125c5565b61193791906125c5565b905060015b60048110156119755781600a8260048110611959576119596127ce565b015f82825461196891906125e4565b909155505060010161193c565b506119818160036125ae565b600e5f82825461199191906125e4565b909155506119a290508160036125ae565b6119ac83856125e4565b6119b6919061259b565b60095f8282546119c691906125e4565b9091555050505050565b5f5b6004811015611baa575f5f611a3e868686868181106119f3576119f36127ce565b9050602002810190611a05919061293d565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611d5992505050565b5090925090505f816003811115611a5757611a5761250b565b141580611b4057507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166322a3808f60048560048110611aa157611aa16127ce565b600491828204019190066008029054906101000a90046001600160401b03166040518263ffffffff1660e01b8152600401611aeb91906001600160401b0391909116815260200190565b602060405180830381865afa158015611b06573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b2a91906127e2565b6001600160a01b0316826001600160a01b031614155b15611ba05760048360048110611b5857611b586127ce565b600491828204019190066008029054906101000a90046001600160401b0316604051631059734760e01b81526004016106a391906001600160401b0391909116815260200190565b50506001016119d2565b50505050565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663228951188286600160f81b3017604051602001611bfa91815260200190565b60405160208183030381529060405287876040518663ffffffff1660e01b8152600401611c2a949392919061297f565b5f604051808303818588803b158015611c41575f5ffd5b505af1158015611c53573d5f5f3e3d5ffd5b505050505050505050565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f8114611ca7576040519150601f19603f3d011682016040523d82523d5f602084013e611cac565b606091505b505090508061173757604051630ce8f45160e31b815260040160405180910390fd5b606061114f7f00000000000000000000000000000000000000000000000000000000000000005f611da2565b606061114f7f00000000000000000000000000000000000000000000000000000000000000006001611da2565b5f611d53611d33611e4c565b8360405161190160f01b8152600281019290925260228201526042902090565b92915050565b5f5f5f8351604103611d90576020840151604085015160608601515f1a611d8288828585611f75565b955095509550505050611d9b565b505081515f91506002905b9250925092565b606060ff8314611dbc57611db58361203d565b9050611d53565b818054611dc89061260b565b80601f0160208091040260200160405190810160405280929190818152602001828054611df49061260b565b8015611e3f5780601f10611e1657610100808354040283529160200191611e3f565b820191905f5260205f20905b815481529060010190602001808311611e2257829003601f168201915b5050505050905092915050565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015611ea457507f000000000000000000000000000000000000000000000000000000000000000046145b15611ece57507f000000000000000000000000000000000000000000000000000000000000000090565b61114f604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115611fae57505f91506003905082612033565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015611fff573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661202a57505f925060019150829050612033565b92505f91508190505b9450945094915050565b60605f6120498361207a565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f60ff8216601f811115611d5357604051632cd44ac360e21b815260040160405180910390fd5b60405180608001604052806004906020820280368337509192915050565b60018301918390821561215c579160200282015f5b838211156121275783356001600160401b031683826101000a8154816001600160401b0302191690836001600160401b0316021790555092602001926008016020816007010492830192600103026120d4565b801561215a5782816101000a8154906001600160401b030219169055600801602081600701049283019260010302612127565b505b5061216892915061216c565b5090565b5b80821115612168575f815560010161216d565b5f5f83601f840112612190575f5ffd5b5081356001600160401b038111156121a6575f5ffd5b6020830191508360208285010111156121bd575f5ffd5b9250929050565b5f5f83601f8401126121d4575f5ffd5b5081356001600160401b038111156121ea575f5ffd5b6020830191508360208260051b85010111156121bd575f5ffd5b5f5f5f5f5f5f5f5f5f5f5f5f60e08d8f03121561221f575f5ffd5b6001600160401b038d351115612233575f5ffd5b6122408e8e358f01612180565b909c509a506001600160401b0360208e0135111561225c575f5ffd5b61226c8e60208f01358f01612180565b909a5098506001600160401b0360408e01351115612288575f5ffd5b6122988e60408f01358f01612180565b909850965060608d013595506001600160401b0360808e013511156122bb575f5ffd5b6122cb8e60808f01358f01612180565b909550935060a08d013592506001600160401b0360c08e013511156122ee575f5ffd5b6122fe8e60c08f01358f016121c4565b81935080925050509295989b509295989b509295989b565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6123566020830184612316565b9392505050565b5f6020828403121561236d575f5ffd5b5035919050565b60ff60f81b8816815260e060208201525f61239260e0830189612316565b82810360408401526123a48189612316565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156123f95783518352602093840193909201916001016123db565b50909b9a5050505050505050505050565b5f5f5f5f5f5f6080878903121561241f575f5ffd5b86356001600160401b03811115612434575f5ffd5b61244089828a01612180565b90975095505060208701356001600160401b0381111561245e575f5ffd5b61246a89828a01612180565b979a9699509760408101359660609091013595509350505050565b6080810181835f5b60048110156124b55781516001600160401b031683526020928301929091019060010161248d565b50505092915050565b6001600160a01b0381168114610edd575f5ffd5b5f5f60a083850312156124e3575f5ffd5b82356124ee816124be565b915060a083018410156124ff575f5ffd5b50926020919091019150565b634e487b7160e01b5f52602160045260245ffd5b6006811061253b57634e487b7160e01b5f52602160045260245ffd5b9052565b60208101611d53828461251f565b5f6020828403121561255d575f5ffd5b81358015158114612356575f5ffd5b6040810161257a828561251f565b612356602083018461251f565b634e487b7160e01b5f52601160045260245ffd5b81810381811115611d5357611d53612587565b8082028115828204841417611d5357611d53612587565b5f826125df57634e487b7160e01b5f52601260045260245ffd5b500490565b80820180821115611d5357611d53612587565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061261f57607f821691505b60208210810361263d57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561173757805f5260205f20601f840160051c810160208510156126685750805b601f840160051c820191505b81811015612687575f8155600101612674565b5050505050565b6001600160401b038311156126a5576126a56125f7565b6126b9836126b3835461260b565b83612643565b5f601f8411600181146126ea575f85156126d35750838201355b5f19600387901b1c1916600186901b178355612687565b5f83815260208120601f198716915b8281101561271957868501358255602094850194600190920191016126f9565b5086821015612735575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b608081525f61278260808301888a612747565b8281036020840152612795818789612747565b6040840195909552505060600152949350505050565b604081525f6127be604083018587612747565b9050826020830152949350505050565b634e487b7160e01b5f52603260045260245ffd5b5f602082840312156127f2575f5ffd5b8151612356816124be565b5f81546128098161260b565b808552600182168015612823576001811461283f576124b5565b60ff1983166020870152602082151560051b87010193506124b5565b845f5260205f205f5b8381101561286a5781546020828a010152600182019150602081019050612848565b870160200194505050505092915050565b60a081525f61288d60a08301856127fd565b905060208201835f5b60046003820110156129035781546001600160401b03811684526001600160401b038160401c1660208501526001600160401b038160801c1660408501526128ec606085018260c01c6001600160401b03169052565b506080929092019160019190910190600401612896565b5050509392505050565b818382375f9101908152919050565b604081525f61292e60408301856127fd565b90508260208301529392505050565b5f5f8335601e19843603018112612952575f5ffd5b8301803591506001600160401b0382111561296b575f5ffd5b6020019150368190038213156121bd575f5ffd5b608081525f6129916080830187612316565b82810360208401526129a38187612316565b905082810360408401526129b78186612316565b9150508260608301529594505050505056fea164736f6c634300081e000a",
}

// MiniPoolFactoryABI is the input ABI used to generate the binding from.
// Deprecated: Use MiniPoolFactoryMetaData.ABI instead.
var MiniPoolFactoryABI = MiniPoolFactoryMetaData.ABI

// MiniPoolFactoryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use MiniPoolFactoryMetaData.Bin instead.
var MiniPoolFactoryBin = MiniPoolFactoryMetaData.Bin

// DeployMiniPoolFactory deploys a new Ethereum contract, binding an instance of MiniPoolFactory to it.
func DeployMiniPoolFactory(auth *bind.TransactOpts, backend bind.ContractBackend, registry common.Address, depositContract_ common.Address, pool common.Address, bond_ *big.Int, minVerified_ *big.Int, owner_ common.Address) (common.Address, *types.Transaction, *MiniPoolFactory, error) {
	parsed, err := MiniPoolFactoryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(MiniPoolFactoryBin), backend, registry, depositContract_, pool, bond_, minVerified_, owner_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &MiniPoolFactory{MiniPoolFactoryCaller: MiniPoolFactoryCaller{contract: contract}, MiniPoolFactoryTransactor: MiniPoolFactoryTransactor{contract: contract}, MiniPoolFactoryFilterer: MiniPoolFactoryFilterer{contract: contract}}, nil
}

// MiniPoolFactory is an auto generated Go binding around an Ethereum contract.
type MiniPoolFactory struct {
	MiniPoolFactoryCaller     // Read-only binding to the contract
	MiniPoolFactoryTransactor // Write-only binding to the contract
	MiniPoolFactoryFilterer   // Log filterer for contract events
}

// MiniPoolFactoryCaller is an auto generated read-only Go binding around an Ethereum contract.
type MiniPoolFactoryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MiniPoolFactoryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type MiniPoolFactoryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MiniPoolFactoryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type MiniPoolFactoryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MiniPoolFactorySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type MiniPoolFactorySession struct {
	Contract     *MiniPoolFactory  // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// MiniPoolFactoryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type MiniPoolFactoryCallerSession struct {
	Contract *MiniPoolFactoryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts          // Call options to use throughout this session
}

// MiniPoolFactoryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type MiniPoolFactoryTransactorSession struct {
	Contract     *MiniPoolFactoryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts          // Transaction auth options to use throughout this session
}

// MiniPoolFactoryRaw is an auto generated low-level Go binding around an Ethereum contract.
type MiniPoolFactoryRaw struct {
	Contract *MiniPoolFactory // Generic contract binding to access the raw methods on
}

// MiniPoolFactoryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type MiniPoolFactoryCallerRaw struct {
	Contract *MiniPoolFactoryCaller // Generic read-only contract binding to access the raw methods on
}

// MiniPoolFactoryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type MiniPoolFactoryTransactorRaw struct {
	Contract *MiniPoolFactoryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewMiniPoolFactory creates a new instance of MiniPoolFactory, bound to a specific deployed contract.
func NewMiniPoolFactory(address common.Address, backend bind.ContractBackend) (*MiniPoolFactory, error) {
	contract, err := bindMiniPoolFactory(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &MiniPoolFactory{MiniPoolFactoryCaller: MiniPoolFactoryCaller{contract: contract}, MiniPoolFactoryTransactor: MiniPoolFactoryTransactor{contract: contract}, MiniPoolFactoryFilterer: MiniPoolFactoryFilterer{contract: contract}}, nil
}

// NewMiniPoolFactoryCaller creates a new read-only instance of MiniPoolFactory, bound to a specific deployed contract.
func NewMiniPoolFactoryCaller(address common.Address, caller bind.ContractCaller) (*MiniPoolFactoryCaller, error) {
	contract, err := bindMiniPoolFactory(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &MiniPoolFactoryCaller{contract: contract}, nil
}

// NewMiniPoolFactoryTransactor creates a new write-only instance of MiniPoolFactory, bound to a specific deployed contract.
func NewMiniPoolFactoryTransactor(address common.Address, transactor bind.ContractTransactor) (*MiniPoolFactoryTransactor, error) {
	contract, err := bindMiniPoolFactory(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &MiniPoolFactoryTransactor{contract: contract}, nil
}

// NewMiniPoolFactoryFilterer creates a new log filterer instance of MiniPoolFactory, bound to a specific deployed contract.
func NewMiniPoolFactoryFilterer(address common.Address, filterer bind.ContractFilterer) (*MiniPoolFactoryFilterer, error) {
	contract, err := bindMiniPoolFactory(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &MiniPoolFactoryFilterer{contract: contract}, nil
}

// bindMiniPoolFactory binds a generic wrapper to an already deployed contract.
func bindMiniPoolFactory(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := MiniPoolFactoryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_MiniPoolFactory *MiniPoolFactoryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _MiniPoolFactory.Contract.MiniPoolFactoryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_MiniPoolFactory *MiniPoolFactoryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MiniPoolFactory.Contract.MiniPoolFactoryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_MiniPoolFactory *MiniPoolFactoryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _MiniPoolFactory.Contract.MiniPoolFactoryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_MiniPoolFactory *MiniPoolFactoryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _MiniPoolFactory.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_MiniPoolFactory *MiniPoolFactoryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MiniPoolFactory.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_MiniPoolFactory *MiniPoolFactoryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _MiniPoolFactory.Contract.contract.Transact(opts, method, params...)
}

// Bond is a free data retrieval call binding the contract method 0x64c9ec6f.
//
// Solidity: function bond() view returns(uint256)
func (_MiniPoolFactory *MiniPoolFactoryCaller) Bond(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _MiniPoolFactory.contract.Call(opts, &out, "bond")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Bond is a free data retrieval call binding the contract method 0x64c9ec6f.
//
// Solidity: function bond() view returns(uint256)
func (_MiniPoolFactory *MiniPoolFactorySession) Bond() (*big.Int, error) {
	return _MiniPoolFactory.Contract.Bond(&_MiniPoolFactory.CallOpts)
}

// Bond is a free data retrieval call binding the contract method 0x64c9ec6f.
//
// Solidity: function bond() view returns(uint256)
func (_MiniPoolFactory *MiniPoolFactoryCallerSession) Bond() (*big.Int, error) {
	return _MiniPoolFactory.Contract.Bond(&_MiniPoolFactory.CallOpts)
}

// CommissionBps is a free data retrieval call binding the contract method 0xd6b45038.
//
// Solidity: function commissionBps() view returns(uint256)
func (_MiniPoolFactory *MiniPoolFactoryCaller) CommissionBps(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _MiniPoolFactory.contract.Call(opts, &out, "commissionBps")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// CommissionBps is a free data retrieval call binding the contract method 0xd6b45038.
//
// Solidity: function commissionBps() view returns(uint256)
func (_MiniPoolFactory *MiniPoolFactorySession) CommissionBps() (*big.Int, error) {
	return _MiniPoolFactory.Contract.CommissionBps(&_MiniPoolFactory.CallOpts)
}

// CommissionBps is a free data retrieval call binding the contract method 0xd6b45038.
//
// Solidity: function commissionBps() view returns(uint256)
func (_MiniPoolFactory *MiniPoolFactoryCallerSession) CommissionBps() (*big.Int, error) {
	return _MiniPoolFactory.Contract.CommissionBps(&_MiniPoolFactory.CallOpts)
}

// DepositContract is a free data retrieval call binding the contract method 0xe94ad65b.
//
// Solidity: function depositContract() view returns(address)
func (_MiniPoolFactory *MiniPoolFactoryCaller) DepositContract(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _MiniPoolFactory.contract.Call(opts, &out, "depositContract")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// DepositContract is a free data retrieval call binding the contract method 0xe94ad65b.
//
// Solidity: function depositContract() view returns(address)
func (_MiniPoolFactory *MiniPoolFactorySession) DepositContract() (common.Address, error) {
	return _MiniPoolFactory.Contract.DepositContract(&_MiniPoolFactory.CallOpts)
}

// DepositContract is a free data retrieval call binding the contract method 0xe94ad65b.
//
// Solidity: function depositContract() view returns(address)
func (_MiniPoolFactory *MiniPoolFactoryCallerSession) DepositContract() (common.Address, error) {
	return _MiniPoolFactory.Contract.DepositContract(&_MiniPoolFactory.CallOpts)
}

// Implementation is a free data retrieval call binding the contract method 0x5c60da1b.
//
// Solidity: function implementation() view returns(address)
func (_MiniPoolFactory *MiniPoolFactoryCaller) Implementation(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _MiniPoolFactory.contract.Call(opts, &out, "implementation")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Implementation is a free data retrieval call binding the contract method 0x5c60da1b.
//
// Solidity: function implementation() view returns(address)
func (_MiniPoolFactory *MiniPoolFactorySession) Implementation() (common.Address, error) {
	return _MiniPoolFactory.Contract.Implementation(&_MiniPoolFactory.CallOpts)
}

// Implementation is a free data retrieval call binding the contract method 0x5c60da1b.
//
// Solidity: function implementation() view returns(address)
func (_MiniPoolFactory *MiniPoolFactoryCallerSession) Implementation() (common.Address, error) {
	return _MiniPoolFactory.Contract.Implementation(&_MiniPoolFactory.CallOpts)
}

// IsMiniPool is a free data retrieval call binding the contract method 0x50c57b01.
//
// Solidity: function isMiniPool(address ) view returns(bool)
func (_MiniPoolFactory *MiniPoolFactoryCaller) IsMiniPool(opts *bind.CallOpts, arg0 common.Address) (bool, error) {
	var out []interface{}
	err := _MiniPoolFactory.contract.Call(opts, &out, "isMiniPool", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsMiniPool is a free data retrieval call binding the contract method 0x50c57b01.
//
// Solidity: function isMiniPool(address ) view returns(bool)
func (_MiniPoolFactory *MiniPoolFactorySession) IsMiniPool(arg0 common.Address) (bool, error) {
	return _MiniPoolFactory.Contract.IsMiniPool(&_MiniPoolFactory.CallOpts, arg0)
}

// IsMiniPool is a free data retrieval call binding the contract method 0x50c57b01.
//
// Solidity: function isMiniPool(address ) view returns(bool)
func (_MiniPoolFactory *MiniPoolFactoryCallerSession) IsMiniPool(arg0 common.Address) (bool, error) {
	return _MiniPoolFactory.Contract.IsMiniPool(&_MiniPoolFactory.CallOpts, arg0)
}

// MinVerified is a free data retrieval call binding the contract method 0xbe528e21.
//
// Solidity: function minVerified() view returns(uint256)
func (_MiniPoolFactory *MiniPoolFactoryCaller) MinVerified(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _MiniPoolFactory.contract.Call(opts, &out, "minVerified")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MinVerified is a free data retrieval call binding the contract method 0xbe528e21.
//
// Solidity: function minVerified() view returns(uint256)
func (_MiniPoolFactory *MiniPoolFactorySession) MinVerified() (*big.Int, error) {
	return _MiniPoolFactory.Contract.MinVerified(&_MiniPoolFactory.CallOpts)
}

// MinVerified is a free data retrieval call binding the contract method 0xbe528e21.
//
// Solidity: function minVerified() view returns(uint256)
func (_MiniPoolFactory *MiniPoolFactoryCallerSession) MinVerified() (*big.Int, error) {
	return _MiniPoolFactory.Contract.MinVerified(&_MiniPoolFactory.CallOpts)
}

// MiniPoolCount is a free data retrieval call binding the contract method 0x31b1af25.
//
// Solidity: function miniPoolCount() view returns(uint256)
func (_MiniPoolFactory *MiniPoolFactoryCaller) MiniPoolCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _MiniPoolFactory.contract.Call(opts, &out, "miniPoolCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MiniPoolCount is a free data retrieval call binding the contract method 0x31b1af25.
//
// Solidity: function miniPoolCount() view returns(uint256)
func (_MiniPoolFactory *MiniPoolFactorySession) MiniPoolCount() (*big.Int, error) {
	return _MiniPoolFactory.Contract.MiniPoolCount(&_MiniPoolFactory.CallOpts)
}

// MiniPoolCount is a free data retrieval call binding the contract method 0x31b1af25.
//
// Solidity: function miniPoolCount() view returns(uint256)
func (_MiniPoolFactory *MiniPoolFactoryCallerSession) MiniPoolCount() (*big.Int, error) {
	return _MiniPoolFactory.Contract.MiniPoolCount(&_MiniPoolFactory.CallOpts)
}

// MiniPools is a free data retrieval call binding the contract method 0x62640674.
//
// Solidity: function miniPools(uint256 ) view returns(address)
func (_MiniPoolFactory *MiniPoolFactoryCaller) MiniPools(opts *bind.CallOpts, arg0 *big.Int) (common.Address, error) {
	var out []interface{}
	err := _MiniPoolFactory.contract.Call(opts, &out, "miniPools", arg0)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// MiniPools is a free data retrieval call binding the contract method 0x62640674.
//
// Solidity: function miniPools(uint256 ) view returns(address)
func (_MiniPoolFactory *MiniPoolFactorySession) MiniPools(arg0 *big.Int) (common.Address, error) {
	return _MiniPoolFactory.Contract.MiniPools(&_MiniPoolFactory.CallOpts, arg0)
}

// MiniPools is a free data retrieval call binding the contract method 0x62640674.
//
// Solidity: function miniPools(uint256 ) view returns(address)
func (_MiniPoolFactory *MiniPoolFactoryCallerSession) MiniPools(arg0 *big.Int) (common.Address, error) {
	return _MiniPoolFactory.Contract.MiniPools(&_MiniPoolFactory.CallOpts, arg0)
}

// Operators is a free data retrieval call binding the contract method 0xe673df8a.
//
// Solidity: function operators() view returns(address)
func (_MiniPoolFactory *MiniPoolFactoryCaller) Operators(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _MiniPoolFactory.contract.Call(opts, &out, "operators")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Operators is a free data retrieval call binding the contract method 0xe673df8a.
//
// Solidity: function operators() view returns(address)
func (_MiniPoolFactory *MiniPoolFactorySession) Operators() (common.Address, error) {
	return _MiniPoolFactory.Contract.Operators(&_MiniPoolFactory.CallOpts)
}

// Operators is a free data retrieval call binding the contract method 0xe673df8a.
//
// Solidity: function operators() view returns(address)
func (_MiniPoolFactory *MiniPoolFactoryCallerSession) Operators() (common.Address, error) {
	return _MiniPoolFactory.Contract.Operators(&_MiniPoolFactory.CallOpts)
}

// Oracle is a free data retrieval call binding the contract method 0x7dc0d1d0.
//
// Solidity: function oracle() view returns(address)
func (_MiniPoolFactory *MiniPoolFactoryCaller) Oracle(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _MiniPoolFactory.contract.Call(opts, &out, "oracle")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Oracle is a free data retrieval call binding the contract method 0x7dc0d1d0.
//
// Solidity: function oracle() view returns(address)
func (_MiniPoolFactory *MiniPoolFactorySession) Oracle() (common.Address, error) {
	return _MiniPoolFactory.Contract.Oracle(&_MiniPoolFactory.CallOpts)
}

// Oracle is a free data retrieval call binding the contract method 0x7dc0d1d0.
//
// Solidity: function oracle() view returns(address)
func (_MiniPoolFactory *MiniPoolFactoryCallerSession) Oracle() (common.Address, error) {
	return _MiniPoolFactory.Contract.Oracle(&_MiniPoolFactory.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_MiniPoolFactory *MiniPoolFactoryCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _MiniPoolFactory.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_MiniPoolFactory *MiniPoolFactorySession) Owner() (common.Address, error) {
	return _MiniPoolFactory.Contract.Owner(&_MiniPoolFactory.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_MiniPoolFactory *MiniPoolFactoryCallerSession) Owner() (common.Address, error) {
	return _MiniPoolFactory.Contract.Owner(&_MiniPoolFactory.CallOpts)
}

// StakingPool is a free data retrieval call binding the contract method 0x0c56ae3b.
//
// Solidity: function stakingPool() view returns(address)
func (_MiniPoolFactory *MiniPoolFactoryCaller) StakingPool(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _MiniPoolFactory.contract.Call(opts, &out, "stakingPool")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// StakingPool is a free data retrieval call binding the contract method 0x0c56ae3b.
//
// Solidity: function stakingPool() view returns(address)
func (_MiniPoolFactory *MiniPoolFactorySession) StakingPool() (common.Address, error) {
	return _MiniPoolFactory.Contract.StakingPool(&_MiniPoolFactory.CallOpts)
}

// StakingPool is a free data retrieval call binding the contract method 0x0c56ae3b.
//
// Solidity: function stakingPool() view returns(address)
func (_MiniPoolFactory *MiniPoolFactoryCallerSession) StakingPool() (common.Address, error) {
	return _MiniPoolFactory.Contract.StakingPool(&_MiniPoolFactory.CallOpts)
}

// CreateMiniPool is a paid mutator transaction binding the contract method 0x7c3cf5bf.
//
// Solidity: function createMiniPool(uint64 initiatorId, uint64[3] others) payable returns(address miniPool)
func (_MiniPoolFactory *MiniPoolFactoryTransactor) CreateMiniPool(opts *bind.TransactOpts, initiatorId uint64, others [3]uint64) (*types.Transaction, error) {
	return _MiniPoolFactory.contract.Transact(opts, "createMiniPool", initiatorId, others)
}

// CreateMiniPool is a paid mutator transaction binding the contract method 0x7c3cf5bf.
//
// Solidity: function createMiniPool(uint64 initiatorId, uint64[3] others) payable returns(address miniPool)
func (_MiniPoolFactory *MiniPoolFactorySession) CreateMiniPool(initiatorId uint64, others [3]uint64) (*types.Transaction, error) {
	return _MiniPoolFactory.Contract.CreateMiniPool(&_MiniPoolFactory.TransactOpts, initiatorId, others)
}

// CreateMiniPool is a paid mutator transaction binding the contract method 0x7c3cf5bf.
//
// Solidity: function createMiniPool(uint64 initiatorId, uint64[3] others) payable returns(address miniPool)
func (_MiniPoolFactory *MiniPoolFactoryTransactorSession) CreateMiniPool(initiatorId uint64, others [3]uint64) (*types.Transaction, error) {
	return _MiniPoolFactory.Contract.CreateMiniPool(&_MiniPoolFactory.TransactOpts, initiatorId, others)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_MiniPoolFactory *MiniPoolFactoryTransactor) RenounceOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MiniPoolFactory.contract.Transact(opts, "renounceOwnership")
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_MiniPoolFactory *MiniPoolFactorySession) RenounceOwnership() (*types.Transaction, error) {
	return _MiniPoolFactory.Contract.RenounceOwnership(&_MiniPoolFactory.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_MiniPoolFactory *MiniPoolFactoryTransactorSession) RenounceOwnership() (*types.Transaction, error) {
	return _MiniPoolFactory.Contract.RenounceOwnership(&_MiniPoolFactory.TransactOpts)
}

// SetOracle is a paid mutator transaction binding the contract method 0x7adbf973.
//
// Solidity: function setOracle(address oracle_) returns()
func (_MiniPoolFactory *MiniPoolFactoryTransactor) SetOracle(opts *bind.TransactOpts, oracle_ common.Address) (*types.Transaction, error) {
	return _MiniPoolFactory.contract.Transact(opts, "setOracle", oracle_)
}

// SetOracle is a paid mutator transaction binding the contract method 0x7adbf973.
//
// Solidity: function setOracle(address oracle_) returns()
func (_MiniPoolFactory *MiniPoolFactorySession) SetOracle(oracle_ common.Address) (*types.Transaction, error) {
	return _MiniPoolFactory.Contract.SetOracle(&_MiniPoolFactory.TransactOpts, oracle_)
}

// SetOracle is a paid mutator transaction binding the contract method 0x7adbf973.
//
// Solidity: function setOracle(address oracle_) returns()
func (_MiniPoolFactory *MiniPoolFactoryTransactorSession) SetOracle(oracle_ common.Address) (*types.Transaction, error) {
	return _MiniPoolFactory.Contract.SetOracle(&_MiniPoolFactory.TransactOpts, oracle_)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_MiniPoolFactory *MiniPoolFactoryTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _MiniPoolFactory.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_MiniPoolFactory *MiniPoolFactorySession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _MiniPoolFactory.Contract.TransferOwnership(&_MiniPoolFactory.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_MiniPoolFactory *MiniPoolFactoryTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _MiniPoolFactory.Contract.TransferOwnership(&_MiniPoolFactory.TransactOpts, newOwner)
}

// MiniPoolFactoryDKGRequestedIterator is returned from FilterDKGRequested and is used to iterate over the raw logs and unpacked data for DKGRequested events raised by the MiniPoolFactory contract.
type MiniPoolFactoryDKGRequestedIterator struct {
	Event *MiniPoolFactoryDKGRequested // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *MiniPoolFactoryDKGRequestedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MiniPoolFactoryDKGRequested)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(MiniPoolFactoryDKGRequested)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *MiniPoolFactoryDKGRequestedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MiniPoolFactoryDKGRequestedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MiniPoolFactoryDKGRequested represents a DKGRequested event raised by the MiniPoolFactory contract.
type MiniPoolFactoryDKGRequested struct {
	MiniPool              common.Address
	OperatorIds           [4]uint64
	Threshold             *big.Int
	WithdrawalCredentials [32]byte
	Raw                   types.Log // Blockchain specific contextual infos
}

// FilterDKGRequested is a free log retrieval operation binding the contract event 0xa33eee38264b6639f6abcd72efe5cc69dac94a125baed06bfca9160333e7a4ae.
//
// Solidity: event DKGRequested(address indexed miniPool, uint64[4] operatorIds, uint256 threshold, bytes32 withdrawalCredentials)
func (_MiniPoolFactory *MiniPoolFactoryFilterer) FilterDKGRequested(opts *bind.FilterOpts, miniPool []common.Address) (*MiniPoolFactoryDKGRequestedIterator, error) {

	var miniPoolRule []interface{}
	for _, miniPoolItem := range miniPool {
		miniPoolRule = append(miniPoolRule, miniPoolItem)
	}

	logs, sub, err := _MiniPoolFactory.contract.FilterLogs(opts, "DKGRequested", miniPoolRule)
	if err != nil {
		return nil, err
	}
	return &MiniPoolFactoryDKGRequestedIterator{contract: _MiniPoolFactory.contract, event: "DKGRequested", logs: logs, sub: sub}, nil
}

// WatchDKGRequested is a free log subscription operation binding the contract event 0xa33eee38264b6639f6abcd72efe5cc69dac94a125baed06bfca9160333e7a4ae.
//
// Solidity: event DKGRequested(address indexed miniPool, uint64[4] operatorIds, uint256 threshold, bytes32 withdrawalCredentials)
func (_MiniPoolFactory *MiniPoolFactoryFilterer) WatchDKGRequested(opts *bind.WatchOpts, sink chan<- *MiniPoolFactoryDKGRequested, miniPool []common.Address) (event.Subscription, error) {

	var miniPoolRule []interface{}
	for _, miniPoolItem := range miniPool {
		miniPoolRule = append(miniPoolRule, miniPoolItem)
	}

	logs, sub, err := _MiniPoolFactory.contract.WatchLogs(opts, "DKGRequested", miniPoolRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MiniPoolFactoryDKGRequested)
				if err := _MiniPoolFactory.contract.UnpackLog(event, "DKGRequested", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDKGRequested is a log parse operation binding the contract event 0xa33eee38264b6639f6abcd72efe5cc69dac94a125baed06bfca9160333e7a4ae.
//
// Solidity: event DKGRequested(address indexed miniPool, uint64[4] operatorIds, uint256 threshold, bytes32 withdrawalCredentials)
func (_MiniPoolFactory *MiniPoolFactoryFilterer) ParseDKGRequested(log types.Log) (*MiniPoolFactoryDKGRequested, error) {
	event := new(MiniPoolFactoryDKGRequested)
	if err := _MiniPoolFactory.contract.UnpackLog(event, "DKGRequested", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MiniPoolFactoryMiniPoolCreatedIterator is returned from FilterMiniPoolCreated and is used to iterate over the raw logs and unpacked data for MiniPoolCreated events raised by the MiniPoolFactory contract.
type MiniPoolFactoryMiniPoolCreatedIterator struct {
	Event *MiniPoolFactoryMiniPoolCreated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *MiniPoolFactoryMiniPoolCreatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MiniPoolFactoryMiniPoolCreated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(MiniPoolFactoryMiniPoolCreated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *MiniPoolFactoryMiniPoolCreatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MiniPoolFactoryMiniPoolCreatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MiniPoolFactoryMiniPoolCreated represents a MiniPoolCreated event raised by the MiniPoolFactory contract.
type MiniPoolFactoryMiniPoolCreated struct {
	MiniPool            common.Address
	InitiatorOperatorId uint64
	Initiator           common.Address
	Raw                 types.Log // Blockchain specific contextual infos
}

// FilterMiniPoolCreated is a free log retrieval operation binding the contract event 0xbc4bb1c9b6c45a1ccc7786037933145ee958565c1da08b95e9176e1bd47473eb.
//
// Solidity: event MiniPoolCreated(address indexed miniPool, uint64 indexed initiatorOperatorId, address indexed initiator)
func (_MiniPoolFactory *MiniPoolFactoryFilterer) FilterMiniPoolCreated(opts *bind.FilterOpts, miniPool []common.Address, initiatorOperatorId []uint64, initiator []common.Address) (*MiniPoolFactoryMiniPoolCreatedIterator, error) {

	var miniPoolRule []interface{}
	for _, miniPoolItem := range miniPool {
		miniPoolRule = append(miniPoolRule, miniPoolItem)
	}
	var initiatorOperatorIdRule []interface{}
	for _, initiatorOperatorIdItem := range initiatorOperatorId {
		initiatorOperatorIdRule = append(initiatorOperatorIdRule, initiatorOperatorIdItem)
	}
	var initiatorRule []interface{}
	for _, initiatorItem := range initiator {
		initiatorRule = append(initiatorRule, initiatorItem)
	}

	logs, sub, err := _MiniPoolFactory.contract.FilterLogs(opts, "MiniPoolCreated", miniPoolRule, initiatorOperatorIdRule, initiatorRule)
	if err != nil {
		return nil, err
	}
	return &MiniPoolFactoryMiniPoolCreatedIterator{contract: _MiniPoolFactory.contract, event: "MiniPoolCreated", logs: logs, sub: sub}, nil
}

// WatchMiniPoolCreated is a free log subscription operation binding the contract event 0xbc4bb1c9b6c45a1ccc7786037933145ee958565c1da08b95e9176e1bd47473eb.
//
// Solidity: event MiniPoolCreated(address indexed miniPool, uint64 indexed initiatorOperatorId, address indexed initiator)
func (_MiniPoolFactory *MiniPoolFactoryFilterer) WatchMiniPoolCreated(opts *bind.WatchOpts, sink chan<- *MiniPoolFactoryMiniPoolCreated, miniPool []common.Address, initiatorOperatorId []uint64, initiator []common.Address) (event.Subscription, error) {

	var miniPoolRule []interface{}
	for _, miniPoolItem := range miniPool {
		miniPoolRule = append(miniPoolRule, miniPoolItem)
	}
	var initiatorOperatorIdRule []interface{}
	for _, initiatorOperatorIdItem := range initiatorOperatorId {
		initiatorOperatorIdRule = append(initiatorOperatorIdRule, initiatorOperatorIdItem)
	}
	var initiatorRule []interface{}
	for _, initiatorItem := range initiator {
		initiatorRule = append(initiatorRule, initiatorItem)
	}

	logs, sub, err := _MiniPoolFactory.contract.WatchLogs(opts, "MiniPoolCreated", miniPoolRule, initiatorOperatorIdRule, initiatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MiniPoolFactoryMiniPoolCreated)
				if err := _MiniPoolFactory.contract.UnpackLog(event, "MiniPoolCreated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseMiniPoolCreated is a log parse operation binding the contract event 0xbc4bb1c9b6c45a1ccc7786037933145ee958565c1da08b95e9176e1bd47473eb.
//
// Solidity: event MiniPoolCreated(address indexed miniPool, uint64 indexed initiatorOperatorId, address indexed initiator)
func (_MiniPoolFactory *MiniPoolFactoryFilterer) ParseMiniPoolCreated(log types.Log) (*MiniPoolFactoryMiniPoolCreated, error) {
	event := new(MiniPoolFactoryMiniPoolCreated)
	if err := _MiniPoolFactory.contract.UnpackLog(event, "MiniPoolCreated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MiniPoolFactoryOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the MiniPoolFactory contract.
type MiniPoolFactoryOwnershipTransferredIterator struct {
	Event *MiniPoolFactoryOwnershipTransferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *MiniPoolFactoryOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MiniPoolFactoryOwnershipTransferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(MiniPoolFactoryOwnershipTransferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *MiniPoolFactoryOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MiniPoolFactoryOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MiniPoolFactoryOwnershipTransferred represents a OwnershipTransferred event raised by the MiniPoolFactory contract.
type MiniPoolFactoryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_MiniPoolFactory *MiniPoolFactoryFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*MiniPoolFactoryOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _MiniPoolFactory.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &MiniPoolFactoryOwnershipTransferredIterator{contract: _MiniPoolFactory.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_MiniPoolFactory *MiniPoolFactoryFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *MiniPoolFactoryOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _MiniPoolFactory.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MiniPoolFactoryOwnershipTransferred)
				if err := _MiniPoolFactory.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_MiniPoolFactory *MiniPoolFactoryFilterer) ParseOwnershipTransferred(log types.Log) (*MiniPoolFactoryOwnershipTransferred, error) {
	event := new(MiniPoolFactoryOwnershipTransferred)
	if err := _MiniPoolFactory.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OperatorRegistryMetaData contains all meta data concerning the OperatorRegistry contract.
var OperatorRegistryMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"maxValidators\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"executableAt\",\"type\":\"uint64\"}],\"name\":\"FeeChangeTooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"FeeTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"InsufficientEarnings\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"identityKey\",\"type\":\"bytes32\"}],\"name\":\"KeyAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"NoFeeDeclared\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"oldFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"newFee\",\"type\":\"uint256\"}],\"name\":\"NotADecrease\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"oldFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"newFee\",\"type\":\"uint256\"}],\"name\":\"NotAnIncrease\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOperatorOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"OperatorFull\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"OperatorNotActive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"EarningsWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"MaxValidatorsPerOperatorChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldFee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newFee\",\"type\":\"uint256\"}],\"name\":\"OperatorFeeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"OperatorFeeDeclarationCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"executableAt\",\"type\":\"uint64\"}],\"name\":\"OperatorFeeDeclared\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"metadata\",\"type\":\"string\"}],\"name\":\"OperatorMetadataChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"identityKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"encryptionKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"feePerBlock\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"metadata\",\"type\":\"string\"}],\"name\":\"OperatorRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"OperatorRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"verified\",\"type\":\"bool\"}],\"name\":\"OperatorVerified\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DAO_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VALIDATOR_REGISTRY_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64[]\",\"name\":\"ids\",\"type\":\"uint64[]\"}],\"name\":\"addValidator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"sum\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"burnRate\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"cancelFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"declareFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"earningsOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"executeFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeChangeDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeToken\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"getOperator\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"identityKey\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"encryptionKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"feePerBlock\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"verified\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"validatorCount\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"metadata\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64[]\",\"name\":\"ids\",\"type\":\"uint64[]\"}],\"name\":\"indexSum\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"sum\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"burnRate\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"isActive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"isVerified\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastOperatorId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxFeePerBlock\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxValidatorsPerOperator\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"payOut\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"pendingFeeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"executableAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"reduceFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"identityKey\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"encryptionKey\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"feePerBlock\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"metadata\",\"type\":\"string\"}],\"name\":\"registerOperator\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"removeOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64[]\",\"name\":\"ids\",\"type\":\"uint64[]\"}],\"name\":\"removeValidator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"sum\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"setMaxValidatorsPerOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"metadata\",\"type\":\"string\"}],\"name\":\"setMetadata\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"verified\",\"type\":\"bool\"}],\"name\":\"setVerified\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"signerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawEarnings\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161252a38038061252a83398101604081905261002e916101a1565b600180556001600160a01b038516158061004f57506001600160a01b038116155b1561006d5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0385166080526001600160401b03841660a05260c08390526002805463ffffffff191663ffffffff84161790556100ab5f826100e1565b506100d67f3b5d4cc60d3ec3516ee8ae083bd60934f6eb2a6c54b1229985c41bfb092b2603826100e1565b50505050505061021b565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610181575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101393390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610184565b505f5b92915050565b6001600160a01b038116811461019e575f5ffd5b50565b5f5f5f5f5f60a086880312156101b5575f5ffd5b85516101c08161018a565b60208701519095506001600160401b03811681146101dc575f5ffd5b60408701516060880151919550935063ffffffff811681146101fc575f5ffd5b608087015190925061020d8161018a565b809150509295509295909350565b60805160a05160c0516122b46102765f395f818161044801528181611594015281816115d001528181611731015261176d01525f8181610395015261163901525f81816103fc0152818161068d015261111501526122b45ff3fe608060405234801561000f575f5ffd5b5060043610610208575f3560e01c80636d0b814b1161011f578063c7af88cd116100a9578063dd08021811610079578063dd080218146105bf578063e9c26518146105d2578063eaab927a146105f9578063ed62c46b1461060c578063f426b78b14610620575f5ffd5b8063c7af88cd14610531578063c9c4119114610586578063d547741f14610599578063d7b169fd146105ac575f5ffd5b806391d14854116100ef57806391d14854146104d65780639be71e21146104e9578063a217fddf146104fc578063b469c2a614610503578063c103ed4e1461051e575f5ffd5b80636d0b814b1461044357806373ca0c881461046a5780637903a61714610492578063834a959d146104c3575f5ffd5b80632f2ff15d116101a05780634c659f39116101705780634c659f391461037d5780634e3d5caf146103905780635cb050f0146103cf578063647846a5146103f75780636a4239421461041e575f5ffd5b80632f2ff15d146103115780633216533f1461032457806334abcac91461033757806336568abe1461036a575f5ffd5b806322a3808f116101db57806322a3808f1461026f578063248a9ca3146102bb578063294cc303146102eb5780632e168e0e146102fe575f5ffd5b806301ffc9a71461020c5780630221038a14610234578063118dde021461024957806317d91c4c1461025c575b5f5ffd5b61021f61021a366004611c2a565b610633565b60405190151581526020015b60405180910390f35b610247610242366004611c6c565b610669565b005b610247610257366004611cee565b6106b9565b61021f61026a366004611d3c565b6107c2565b6102a361027d366004611d3c565b6001600160401b03165f908152600360205260409020600101546001600160a01b031690565b6040516001600160a01b03909116815260200161022b565b6102dd6102c9366004611d55565b5f9081526020819052604090206001015490565b60405190815260200161022b565b6102dd6102f9366004611d3c565b61080d565b61024761030c366004611d3c565b61087f565b61024761031f366004611d6c565b6109dd565b610247610332366004611d96565b610a07565b61021f610345366004611d3c565b6001600160401b03165f90815260036020526040902060050154610100900460ff1690565b610247610378366004611d6c565b610aeb565b61024761038b366004611d3c565b610b1e565b6103b77f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b03909116815260200161022b565b6103e26103dd366004611d3c565b610c68565b60405161022b99989796959493929190611db0565b6102a37f000000000000000000000000000000000000000000000000000000000000000081565b60025461042e9063ffffffff1681565b60405163ffffffff909116815260200161022b565b6102dd7f000000000000000000000000000000000000000000000000000000000000000081565b61047d610478366004611e3d565b610d8f565b6040805192835260208301919091520161022b565b6102a36104a0366004611d3c565b6001600160401b03165f908152600360205260409020546001600160a01b031690565b61047d6104d1366004611e3d565b610e48565b61021f6104e4366004611d6c565b611006565b6102476104f7366004611eac565b61102e565b6102dd5f81565b6002546103b79064010000000090046001600160401b031681565b61024761052c366004611ee5565b611193565b61056961053f366004611d3c565b6001600160401b039081165f90815260036020526040902060088101546009909101549092911690565b604080519283526001600160401b0390911660208301520161022b565b6102dd610594366004611e3d565b6111ec565b6102476105a7366004611d6c565b6112c3565b6102476105ba366004611d3c565b6112e7565b6102476105cd366004611f08565b611413565b6102dd7f3b5d4cc60d3ec3516ee8ae083bd60934f6eb2a6c54b1229985c41bfb092b260381565b610247610607366004611d96565b6114ea565b6102dd5f5160206122885f395f51905f5281565b6103b761062e366004611f41565b6116bb565b5f6001600160e01b03198216637965db0b60e01b148061066357506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f5160206122885f395f51905f52610680816118e2565b6106b46001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001684846118ef565b505050565b6001600160401b0383165f9081526003602052604090205483906001600160a01b0316331461070857803360405163250b5c0b60e21b81526004016106ff929190611fac565b60405180910390fd5b6001600160401b0381165f90815260036020526040902060050154610100900460ff1661075357604051630e4441c160e31b81526001600160401b03821660048201526024016106ff565b6001600160401b0384165f908152600360205260409020600a01610778838583612065565b50836001600160401b03167f930cec59970c44d8789293f41d862b2d0db68ffe87f806b57a998cfd567bad1284846040516107b4929190612146565b60405180910390a250505050565b6001600160401b0381165f90815260036020526040812060050154610100900460ff1680156106635750506001600160401b03165f9081526003602052604090206005015460ff1690565b6001600160401b038082165f908152600360205260408120600581015460048201549293919263ffffffff6201000083041692909161085591600160301b9091041643612175565b61085f9190612188565b6108699190612188565b8160070154610878919061219f565b9392505050565b6001600160401b0381165f9081526003602052604090205481906001600160a01b031633146108c557803360405163250b5c0b60e21b81526004016106ff929190611fac565b6001600160401b0381165f90815260036020526040902060050154610100900460ff1661091057604051630e4441c160e31b81526001600160401b03821660048201526024016106ff565b6001600160401b0382165f90815260036020526040902061093081611941565b6004810154604080519182525f60208301526001600160401b038516917f461d231bc36b602279c6fcb2592f4c142b5955602bc2d92866473d1e4342f58f910160405180910390a25f600482018190556008820181905560098201805467ffffffffffffffff1916905560058201805461ff00191690556040516001600160401b038516917f0e0ba6c2b04de36d6d509ec5bd155c43a9fe862f8052096dd54f3902a74cca3e91a2505050565b5f828152602081905260409020600101546109f7816118e2565b610a018383611a04565b50505050565b6001600160401b0382165f9081526003602052604090205482906001600160a01b03163314610a4d57803360405163250b5c0b60e21b81526004016106ff929190611fac565b6001600160401b0381165f90815260036020526040902060050154610100900460ff16610a9857604051630e4441c160e31b81526001600160401b03821660048201526024016106ff565b6001600160401b0383165f90815260036020526040902060048101548310610ae05760048181015460405163171618a360e21b815291820152602481018490526044016106ff565b610a01848285611a93565b6001600160a01b0381163314610b145760405163334bd91960e11b815260040160405180910390fd5b6106b48282611aee565b6001600160401b0381165f9081526003602052604090205481906001600160a01b03163314610b6457803360405163250b5c0b60e21b81526004016106ff929190611fac565b6001600160401b0381165f90815260036020526040902060050154610100900460ff16610baf57604051630e4441c160e31b81526001600160401b03821660048201526024016106ff565b6001600160401b038083165f90815260036020526040812060098101549092169003610bf957604051635961447360e01b81526001600160401b03841660048201526024016106ff565b60098101546001600160401b0316421015610c4057600981015460405163eb39351d60e01b81526001600160401b03808616600483015290911660248201526044016106ff565b6008810180545f90915560098201805467ffffffffffffffff19169055610a01848383611a93565b6001600160401b0381165f90815260036020819052604082208054600182015460028301549383015460048401546005850154600a86018054899889988998899889988998899860609895976001600160a01b039586169795909416959293919260ff8083169361010084049091169262010000900463ffffffff1691908190610cf190611fe2565b80601f0160208091040260200160405190810160405280929190818152602001828054610d1d90611fe2565b8015610d685780601f10610d3f57610100808354040283529160200191610d68565b820191905f5260205f20905b815481529060010190602001808311610d4b57829003601f168201915b50505050509050995099509950995099509950995099509950509193959799909294969850565b5f80805b83811015610e40575f60035f878785818110610db157610db16121b2565b9050602002016020810190610dc69190611d3c565b6001600160401b03908116825260208201929092526040015f206004810154600582015491935091610e0091600160301b90041643612175565b610e0a9190612188565b8160060154610e19919061219f565b610e23908561219f565b9350806004015483610e35919061219f565b925050600101610d93565b509250929050565b5f5f5f5160206122885f395f51905f52610e61816118e2565b60025463ffffffff165f5b85811015610ffc575f60035f898985818110610e8a57610e8a6121b2565b9050602002016020810190610e9f9190611d3c565b6001600160401b0316815260208101919091526040015f206005810154909150610100900460ff16610f1757878783818110610edd57610edd6121b2565b9050602002016020810190610ef29190611d3c565b604051630e4441c160e31b81526001600160401b0390911660048201526024016106ff565b600581015463ffffffff808516620100009092041610610f8957878783818110610f4357610f436121b2565b9050602002016020810190610f589190611d3c565b60405163c5cd516960e01b81526001600160401b03909116600482015263ffffffff841660248201526044016106ff565b610f9281611941565b60058101805462010000900463ffffffff16906002610fb0836121c6565b91906101000a81548163ffffffff021916908363ffffffff16021790555050806006015486610fdf919061219f565b9550806004015485610ff1919061219f565b945050600101610e6c565b5050509250929050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b611036611b57565b6001600160401b0383165f90815260036020526040902080546001600160a01b0316331461107b57833360405163250b5c0b60e21b81526004016106ff929190611fac565b6001600160a01b0382166110a25760405163d92e233d60e01b815260040160405180910390fd5b6110ab81611941565b80600701548311156110ef57600781015460405163506b6c8160e11b81526001600160401b03861660048201526024810191909152604481018490526064016106ff565b82816007015f8282546111029190612175565b9091555061113c90506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001683856118ef565b816001600160a01b0316846001600160401b03167fa4c4e3c00fff86c673754ceb9d7c45fa21f65dbd5b9e3e6bd9082005a402edd18560405161118191815260200190565b60405180910390a3506106b460018055565b5f61119d816118e2565b6002805463ffffffff191663ffffffff84169081179091556040519081527f2d41a5848c3404939ee33b9f9da1e47a17d01340618391abedf527f0f9aff90b9060200160405180910390a15050565b5f5f5160206122885f395f51905f52611204816118e2565b5f5b838110156112bb575f60035f878785818110611224576112246121b2565b90506020020160208101906112399190611d3c565b6001600160401b03166001600160401b031681526020019081526020015f20905061126381611941565b60058101805462010000900463ffffffff16906002611281836121ea565b91906101000a81548163ffffffff021916908363ffffffff160217905550508060060154846112b0919061219f565b935050600101611206565b505092915050565b5f828152602081905260409020600101546112dd816118e2565b610a018383611aee565b6001600160401b0381165f9081526003602052604090205481906001600160a01b0316331461132d57803360405163250b5c0b60e21b81526004016106ff929190611fac565b6001600160401b0381165f90815260036020526040902060050154610100900460ff1661137857604051630e4441c160e31b81526001600160401b03821660048201526024016106ff565b6001600160401b038083165f908152600360205260408120600981015490921690036113c257604051635961447360e01b81526001600160401b03841660048201526024016106ff565b5f6008820181905560098201805467ffffffffffffffff191690556040516001600160401b038516917f131d21e2bb6ee9d4e20f01a7e361e2405e0eb6d371c6f4ed5b34c6fa8d6926c991a2505050565b7f3b5d4cc60d3ec3516ee8ae083bd60934f6eb2a6c54b1229985c41bfb092b260361143d816118e2565b6001600160401b0383165f90815260036020526040902060050154610100900460ff1661148857604051630e4441c160e31b81526001600160401b03841660048201526024016106ff565b6001600160401b0383165f81815260036020908152604091829020600501805460ff191686151590811790915591519182527f48ca0e59911643b697417e2addf2805c9544dbef9e0815f20a500f4e44092fb2910160405180910390a2505050565b6001600160401b0382165f9081526003602052604090205482906001600160a01b0316331461153057803360405163250b5c0b60e21b81526004016106ff929190611fac565b6001600160401b0381165f90815260036020526040902060050154610100900460ff1661157b57604051630e4441c160e31b81526001600160401b03821660048201526024016106ff565b6001600160401b0383165f9081526003602052604090207f00000000000000000000000000000000000000000000000000000000000000008311156115fc576040516373ab893560e11b8152600481018490527f000000000000000000000000000000000000000000000000000000000000000060248201526044016106ff565b8060040154831161162d57600481810154604051634c1ae63b60e01b815291820152602481018490526044016106ff565b6008810183905561165e7f000000000000000000000000000000000000000000000000000000000000000042612208565b60098201805467ffffffffffffffff19166001600160401b03928316908117909155604080518681526020810192909252918616917f4590da66f9cabcc07b08df6e54282bc1acd6f24e2db579098c741087badf46a091016107b4565b5f8615806116c7575085155b806116d957506001600160a01b038516155b156116f757604051630eda9c3d60e31b815260040160405180910390fd5b5f878152600460205260409020546001600160401b03161561172f57604051635811789560e11b8152600481018890526024016106ff565b7f0000000000000000000000000000000000000000000000000000000000000000841115611799576040516373ab893560e11b8152600481018590527f000000000000000000000000000000000000000000000000000000000000000060248201526044016106ff565b600280546004906117ba9064010000000090046001600160401b0316612227565b825461010092830a6001600160401b0381810219909216838316918202179094555f9384526003602081905260409094208054336001600160a01b03199182161782556001820180549091166001600160a01b038c16179055600281018c90559384018a9055600484018890556005840180546dffffffffffffffff00000000ff001916600160301b4390931692909202919091179092179091559150600a8101611866848683612065565b505f8881526004602052604090819020805467ffffffffffffffff19166001600160401b03851690811790915590513391907f338b94aa98dafb31f27278d22faf260b8001c2bf3fd38bf3248d01fb114fac30906118cf908c908c908c908c908c908c90612248565b60405180910390a3509695505050505050565b6118ec8133611b81565b50565b604080516001600160a01b038416602482015260448082018490528251808303909101815260649091019091526020810180516001600160e01b031663a9059cbb60e01b1790526106b4908490611bbe565b60058101545f9061196290600160301b90046001600160401b031643612175565b9050805f0361196f575050565b600482015461197e9082612188565b826006015f828254611990919061219f565b9091555050600582015460048301546201000090910463ffffffff16906119b79083612188565b6119c19190612188565b826007015f8282546119d3919061219f565b90915550505060050180546dffffffffffffffff0000000000001916600160301b436001600160401b031602179055565b5f611a0f8383611006565b611a8c575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055611a443390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610663565b505f610663565b611a9c82611941565b600482015460408051918252602082018390526001600160401b038516917f461d231bc36b602279c6fcb2592f4c142b5955602bc2d92866473d1e4342f58f910160405180910390a260049091015550565b5f611af98383611006565b15611a8c575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610663565b600260015403611b7a57604051633ee5aeb560e01b815260040160405180910390fd5b6002600155565b611b8b8282611006565b611bba5760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016106ff565b5050565b5f5f60205f8451602086015f885af180611bdd576040513d5f823e3d81fd5b50505f513d91508115611bf4578060011415611c01565b6001600160a01b0384163b155b15610a0157604051635274afe760e01b81526001600160a01b03851660048201526024016106ff565b5f60208284031215611c3a575f5ffd5b81356001600160e01b031981168114610878575f5ffd5b80356001600160a01b0381168114611c67575f5ffd5b919050565b5f5f60408385031215611c7d575f5ffd5b611c8683611c51565b946020939093013593505050565b80356001600160401b0381168114611c67575f5ffd5b5f5f83601f840112611cba575f5ffd5b5081356001600160401b03811115611cd0575f5ffd5b602083019150836020828501011115611ce7575f5ffd5b9250929050565b5f5f5f60408486031215611d00575f5ffd5b611d0984611c94565b925060208401356001600160401b03811115611d23575f5ffd5b611d2f86828701611caa565b9497909650939450505050565b5f60208284031215611d4c575f5ffd5b61087882611c94565b5f60208284031215611d65575f5ffd5b5035919050565b5f5f60408385031215611d7d575f5ffd5b82359150611d8d60208401611c51565b90509250929050565b5f5f60408385031215611da7575f5ffd5b611c8683611c94565b60018060a01b038a16815260018060a01b038916602082015287604082015286606082015285608082015284151560a082015283151560c082015263ffffffff831660e08201526101206101008201525f825180610120840152806020850161014085015e5f6101408285010152610140601f19601f8301168401019150509a9950505050505050505050565b5f5f60208385031215611e4e575f5ffd5b82356001600160401b03811115611e63575f5ffd5b8301601f81018513611e73575f5ffd5b80356001600160401b03811115611e88575f5ffd5b8560208260051b8401011115611e9c575f5ffd5b6020919091019590945092505050565b5f5f5f60608486031215611ebe575f5ffd5b611ec784611c94565b925060208401359150611edc60408501611c51565b90509250925092565b5f60208284031215611ef5575f5ffd5b813563ffffffff81168114610878575f5ffd5b5f5f60408385031215611f19575f5ffd5b611f2283611c94565b915060208301358015158114611f36575f5ffd5b809150509250929050565b5f5f5f5f5f5f60a08789031215611f56575f5ffd5b8635955060208701359450611f6d60408801611c51565b93506060870135925060808701356001600160401b03811115611f8e575f5ffd5b611f9a89828a01611caa565b979a9699509497509295939492505050565b6001600160401b039290921682526001600160a01b0316602082015260400190565b634e487b7160e01b5f52604160045260245ffd5b600181811c90821680611ff657607f821691505b60208210810361201457634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156106b457805f5260205f20601f840160051c8101602085101561203f5750805b601f840160051c820191505b8181101561205e575f815560010161204b565b5050505050565b6001600160401b0383111561207c5761207c611fce565b6120908361208a8354611fe2565b8361201a565b5f601f8411600181146120c1575f85156120aa5750838201355b5f19600387901b1c1916600186901b17835561205e565b5f83815260208120601f198716915b828110156120f057868501358255602094850194600190920191016120d0565b508682101561210c575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b602081525f61215960208301848661211e565b949350505050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561066357610663612161565b808202811582820484141761066357610663612161565b8082018082111561066357610663612161565b634e487b7160e01b5f52603260045260245ffd5b5f63ffffffff821663ffffffff81036121e1576121e1612161565b60010192915050565b5f63ffffffff8216806121ff576121ff612161565b5f190192915050565b6001600160401b03818116838216019081111561066357610663612161565b5f6001600160401b0382166001600160401b0381036121e1576121e1612161565b86815285602082015260018060a01b038516604082015283606082015260a060808201525f61227b60a08301848661211e565b9897505050505050505056feca2ad608e7dc1298f4d8aa00b38b553aa0b032386b1ac658921ea5ecbf364973a164736f6c634300081e000a",
}

// OperatorRegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use OperatorRegistryMetaData.ABI instead.
var OperatorRegistryABI = OperatorRegistryMetaData.ABI

// OperatorRegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use OperatorRegistryMetaData.Bin instead.
var OperatorRegistryBin = OperatorRegistryMetaData.Bin

// DeployOperatorRegistry deploys a new Ethereum contract, binding an instance of OperatorRegistry to it.
func DeployOperatorRegistry(auth *bind.TransactOpts, backend bind.ContractBackend, token common.Address, delay uint64, maxFee *big.Int, maxValidators uint32, admin common.Address) (common.Address, *types.Transaction, *OperatorRegistry, error) {
	parsed, err := OperatorRegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(OperatorRegistryBin), backend, token, delay, maxFee, maxValidators, admin)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &OperatorRegistry{OperatorRegistryCaller: OperatorRegistryCaller{contract: contract}, OperatorRegistryTransactor: OperatorRegistryTransactor{contract: contract}, OperatorRegistryFilterer: OperatorRegistryFilterer{contract: contract}}, nil
}

// OperatorRegistry is an auto generated Go binding around an Ethereum contract.
type OperatorRegistry struct {
	OperatorRegistryCaller     // Read-only binding to the contract
	OperatorRegistryTransactor // Write-only binding to the contract
	OperatorRegistryFilterer   // Log filterer for contract events
}

// OperatorRegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type OperatorRegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// OperatorRegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type OperatorRegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// OperatorRegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type OperatorRegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// OperatorRegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type OperatorRegistrySession struct {
	Contract     *OperatorRegistry // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// OperatorRegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type OperatorRegistryCallerSession struct {
	Contract *OperatorRegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts           // Call options to use throughout this session
}

// OperatorRegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type OperatorRegistryTransactorSession struct {
	Contract     *OperatorRegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts           // Transaction auth options to use throughout this session
}

// OperatorRegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type OperatorRegistryRaw struct {
	Contract *OperatorRegistry // Generic contract binding to access the raw methods on
}

// OperatorRegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type OperatorRegistryCallerRaw struct {
	Contract *OperatorRegistryCaller // Generic read-only contract binding to access the raw methods on
}

// OperatorRegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type OperatorRegistryTransactorRaw struct {
	Contract *OperatorRegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewOperatorRegistry creates a new instance of OperatorRegistry, bound to a specific deployed contract.
func NewOperatorRegistry(address common.Address, backend bind.ContractBackend) (*OperatorRegistry, error) {
	contract, err := bindOperatorRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistry{OperatorRegistryCaller: OperatorRegistryCaller{contract: contract}, OperatorRegistryTransactor: OperatorRegistryTransactor{contract: contract}, OperatorRegistryFilterer: OperatorRegistryFilterer{contract: contract}}, nil
}

// NewOperatorRegistryCaller creates a new read-only instance of OperatorRegistry, bound to a specific deployed contract.
func NewOperatorRegistryCaller(address common.Address, caller bind.ContractCaller) (*OperatorRegistryCaller, error) {
	contract, err := bindOperatorRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistryCaller{contract: contract}, nil
}

// NewOperatorRegistryTransactor creates a new write-only instance of OperatorRegistry, bound to a specific deployed contract.
func NewOperatorRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*OperatorRegistryTransactor, error) {
	contract, err := bindOperatorRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistryTransactor{contract: contract}, nil
}

// NewOperatorRegistryFilterer creates a new log filterer instance of OperatorRegistry, bound to a specific deployed contract.
func NewOperatorRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*OperatorRegistryFilterer, error) {
	contract, err := bindOperatorRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistryFilterer{contract: contract}, nil
}

// bindOperatorRegistry binds a generic wrapper to an already deployed contract.
func bindOperatorRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := OperatorRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_OperatorRegistry *OperatorRegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _OperatorRegistry.Contract.OperatorRegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_OperatorRegistry *OperatorRegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.OperatorRegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_OperatorRegistry *OperatorRegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.OperatorRegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_OperatorRegistry *OperatorRegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _OperatorRegistry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_OperatorRegistry *OperatorRegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_OperatorRegistry *OperatorRegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.contract.Transact(opts, method, params...)
}

// DAOROLE is a free data retrieval call binding the contract method 0xe9c26518.
//
// Solidity: function DAO_ROLE() view returns(bytes32)
func (_OperatorRegistry *OperatorRegistryCaller) DAOROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "DAO_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DAOROLE is a free data retrieval call binding the contract method 0xe9c26518.
//
// Solidity: function DAO_ROLE() view returns(bytes32)
func (_OperatorRegistry *OperatorRegistrySession) DAOROLE() ([32]byte, error) {
	return _OperatorRegistry.Contract.DAOROLE(&_OperatorRegistry.CallOpts)
}

// DAOROLE is a free data retrieval call binding the contract method 0xe9c26518.
//
// Solidity: function DAO_ROLE() view returns(bytes32)
func (_OperatorRegistry *OperatorRegistryCallerSession) DAOROLE() ([32]byte, error) {
	return _OperatorRegistry.Contract.DAOROLE(&_OperatorRegistry.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_OperatorRegistry *OperatorRegistryCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_OperatorRegistry *OperatorRegistrySession) DEFAULTADMINROLE() ([32]byte, error) {
	return _OperatorRegistry.Contract.DEFAULTADMINROLE(&_OperatorRegistry.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_OperatorRegistry *OperatorRegistryCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _OperatorRegistry.Contract.DEFAULTADMINROLE(&_OperatorRegistry.CallOpts)
}

// VALIDATORREGISTRYROLE is a free data retrieval call binding the contract method 0xed62c46b.
//
// Solidity: function VALIDATOR_REGISTRY_ROLE() view returns(bytes32)
func (_OperatorRegistry *OperatorRegistryCaller) VALIDATORREGISTRYROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "VALIDATOR_REGISTRY_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// VALIDATORREGISTRYROLE is a free data retrieval call binding the contract method 0xed62c46b.
//
// Solidity: function VALIDATOR_REGISTRY_ROLE() view returns(bytes32)
func (_OperatorRegistry *OperatorRegistrySession) VALIDATORREGISTRYROLE() ([32]byte, error) {
	return _OperatorRegistry.Contract.VALIDATORREGISTRYROLE(&_OperatorRegistry.CallOpts)
}

// VALIDATORREGISTRYROLE is a free data retrieval call binding the contract method 0xed62c46b.
//
// Solidity: function VALIDATOR_REGISTRY_ROLE() view returns(bytes32)
func (_OperatorRegistry *OperatorRegistryCallerSession) VALIDATORREGISTRYROLE() ([32]byte, error) {
	return _OperatorRegistry.Contract.VALIDATORREGISTRYROLE(&_OperatorRegistry.CallOpts)
}

// EarningsOf is a free data retrieval call binding the contract method 0x294cc303.
//
// Solidity: function earningsOf(uint64 id) view returns(uint256)
func (_OperatorRegistry *OperatorRegistryCaller) EarningsOf(opts *bind.CallOpts, id uint64) (*big.Int, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "earningsOf", id)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// EarningsOf is a free data retrieval call binding the contract method 0x294cc303.
//
// Solidity: function earningsOf(uint64 id) view returns(uint256)
func (_OperatorRegistry *OperatorRegistrySession) EarningsOf(id uint64) (*big.Int, error) {
	return _OperatorRegistry.Contract.EarningsOf(&_OperatorRegistry.CallOpts, id)
}

// EarningsOf is a free data retrieval call binding the contract method 0x294cc303.
//
// Solidity: function earningsOf(uint64 id) view returns(uint256)
func (_OperatorRegistry *OperatorRegistryCallerSession) EarningsOf(id uint64) (*big.Int, error) {
	return _OperatorRegistry.Contract.EarningsOf(&_OperatorRegistry.CallOpts, id)
}

// FeeChangeDelay is a free data retrieval call binding the contract method 0x4e3d5caf.
//
// Solidity: function feeChangeDelay() view returns(uint64)
func (_OperatorRegistry *OperatorRegistryCaller) FeeChangeDelay(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "feeChangeDelay")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// FeeChangeDelay is a free data retrieval call binding the contract method 0x4e3d5caf.
//
// Solidity: function feeChangeDelay() view returns(uint64)
func (_OperatorRegistry *OperatorRegistrySession) FeeChangeDelay() (uint64, error) {
	return _OperatorRegistry.Contract.FeeChangeDelay(&_OperatorRegistry.CallOpts)
}

// FeeChangeDelay is a free data retrieval call binding the contract method 0x4e3d5caf.
//
// Solidity: function feeChangeDelay() view returns(uint64)
func (_OperatorRegistry *OperatorRegistryCallerSession) FeeChangeDelay() (uint64, error) {
	return _OperatorRegistry.Contract.FeeChangeDelay(&_OperatorRegistry.CallOpts)
}

// FeeToken is a free data retrieval call binding the contract method 0x647846a5.
//
// Solidity: function feeToken() view returns(address)
func (_OperatorRegistry *OperatorRegistryCaller) FeeToken(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "feeToken")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// FeeToken is a free data retrieval call binding the contract method 0x647846a5.
//
// Solidity: function feeToken() view returns(address)
func (_OperatorRegistry *OperatorRegistrySession) FeeToken() (common.Address, error) {
	return _OperatorRegistry.Contract.FeeToken(&_OperatorRegistry.CallOpts)
}

// FeeToken is a free data retrieval call binding the contract method 0x647846a5.
//
// Solidity: function feeToken() view returns(address)
func (_OperatorRegistry *OperatorRegistryCallerSession) FeeToken() (common.Address, error) {
	return _OperatorRegistry.Contract.FeeToken(&_OperatorRegistry.CallOpts)
}

// GetOperator is a free data retrieval call binding the contract method 0x5cb050f0.
//
// Solidity: function getOperator(uint64 id) view returns(address owner, address signer, bytes32 identityKey, bytes32 encryptionKey, uint256 feePerBlock, bool verified, bool active, uint32 validatorCount, string metadata)
func (_OperatorRegistry *OperatorRegistryCaller) GetOperator(opts *bind.CallOpts, id uint64) (struct {
	Owner          common.Address
	Signer         common.Address
	IdentityKey    [32]byte
	EncryptionKey  [32]byte
	FeePerBlock    *big.Int
	Verified       bool
	Active         bool
	ValidatorCount uint32
	Metadata       string
}, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "getOperator", id)

	outstruct := new(struct {
		Owner          common.Address
		Signer         common.Address
		IdentityKey    [32]byte
		EncryptionKey  [32]byte
		FeePerBlock    *big.Int
		Verified       bool
		Active         bool
		ValidatorCount uint32
		Metadata       string
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Owner = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Signer = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.IdentityKey = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	outstruct.EncryptionKey = *abi.ConvertType(out[3], new([32]byte)).(*[32]byte)
	outstruct.FeePerBlock = *abi.ConvertType(out[4], new(*big.Int)).(**big.Int)
	outstruct.Verified = *abi.ConvertType(out[5], new(bool)).(*bool)
	outstruct.Active = *abi.ConvertType(out[6], new(bool)).(*bool)
	outstruct.ValidatorCount = *abi.ConvertType(out[7], new(uint32)).(*uint32)
	outstruct.Metadata = *abi.ConvertType(out[8], new(string)).(*string)

	return *outstruct, err

}

// GetOperator is a free data retrieval call binding the contract method 0x5cb050f0.
//
// Solidity: function getOperator(uint64 id) view returns(address owner, address signer, bytes32 identityKey, bytes32 encryptionKey, uint256 feePerBlock, bool verified, bool active, uint32 validatorCount, string metadata)
func (_OperatorRegistry *OperatorRegistrySession) GetOperator(id uint64) (struct {
	Owner          common.Address
	Signer         common.Address
	IdentityKey    [32]byte
	EncryptionKey  [32]byte
	FeePerBlock    *big.Int
	Verified       bool
	Active         bool
	ValidatorCount uint32
	Metadata       string
}, error) {
	return _OperatorRegistry.Contract.GetOperator(&_OperatorRegistry.CallOpts, id)
}

// GetOperator is a free data retrieval call binding the contract method 0x5cb050f0.
//
// Solidity: function getOperator(uint64 id) view returns(address owner, address signer, bytes32 identityKey, bytes32 encryptionKey, uint256 feePerBlock, bool verified, bool active, uint32 validatorCount, string metadata)
func (_OperatorRegistry *OperatorRegistryCallerSession) GetOperator(id uint64) (struct {
	Owner          common.Address
	Signer         common.Address
	IdentityKey    [32]byte
	EncryptionKey  [32]byte
	FeePerBlock    *big.Int
	Verified       bool
	Active         bool
	ValidatorCount uint32
	Metadata       string
}, error) {
	return _OperatorRegistry.Contract.GetOperator(&_OperatorRegistry.CallOpts, id)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_OperatorRegistry *OperatorRegistryCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_OperatorRegistry *OperatorRegistrySession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _OperatorRegistry.Contract.GetRoleAdmin(&_OperatorRegistry.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_OperatorRegistry *OperatorRegistryCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _OperatorRegistry.Contract.GetRoleAdmin(&_OperatorRegistry.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_OperatorRegistry *OperatorRegistryCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_OperatorRegistry *OperatorRegistrySession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _OperatorRegistry.Contract.HasRole(&_OperatorRegistry.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_OperatorRegistry *OperatorRegistryCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _OperatorRegistry.Contract.HasRole(&_OperatorRegistry.CallOpts, role, account)
}

// IndexSum is a free data retrieval call binding the contract method 0x73ca0c88.
//
// Solidity: function indexSum(uint64[] ids) view returns(uint256 sum, uint256 burnRate)
func (_OperatorRegistry *OperatorRegistryCaller) IndexSum(opts *bind.CallOpts, ids []uint64) (struct {
	Sum      *big.Int
	BurnRate *big.Int
}, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "indexSum", ids)

	outstruct := new(struct {
		Sum      *big.Int
		BurnRate *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Sum = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.BurnRate = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// IndexSum is a free data retrieval call binding the contract method 0x73ca0c88.
//
// Solidity: function indexSum(uint64[] ids) view returns(uint256 sum, uint256 burnRate)
func (_OperatorRegistry *OperatorRegistrySession) IndexSum(ids []uint64) (struct {
	Sum      *big.Int
	BurnRate *big.Int
}, error) {
	return _OperatorRegistry.Contract.IndexSum(&_OperatorRegistry.CallOpts, ids)
}

// IndexSum is a free data retrieval call binding the contract method 0x73ca0c88.
//
// Solidity: function indexSum(uint64[] ids) view returns(uint256 sum, uint256 burnRate)
func (_OperatorRegistry *OperatorRegistryCallerSession) IndexSum(ids []uint64) (struct {
	Sum      *big.Int
	BurnRate *big.Int
}, error) {
	return _OperatorRegistry.Contract.IndexSum(&_OperatorRegistry.CallOpts, ids)
}

// IsActive is a free data retrieval call binding the contract method 0x34abcac9.
//
// Solidity: function isActive(uint64 id) view returns(bool)
func (_OperatorRegistry *OperatorRegistryCaller) IsActive(opts *bind.CallOpts, id uint64) (bool, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "isActive", id)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsActive is a free data retrieval call binding the contract method 0x34abcac9.
//
// Solidity: function isActive(uint64 id) view returns(bool)
func (_OperatorRegistry *OperatorRegistrySession) IsActive(id uint64) (bool, error) {
	return _OperatorRegistry.Contract.IsActive(&_OperatorRegistry.CallOpts, id)
}

// IsActive is a free data retrieval call binding the contract method 0x34abcac9.
//
// Solidity: function isActive(uint64 id) view returns(bool)
func (_OperatorRegistry *OperatorRegistryCallerSession) IsActive(id uint64) (bool, error) {
	return _OperatorRegistry.Contract.IsActive(&_OperatorRegistry.CallOpts, id)
}

// IsVerified is a free data retrieval call binding the contract method 0x17d91c4c.
//
// Solidity: function isVerified(uint64 id) view returns(bool)
func (_OperatorRegistry *OperatorRegistryCaller) IsVerified(opts *bind.CallOpts, id uint64) (bool, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "isVerified", id)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsVerified is a free data retrieval call binding the contract method 0x17d91c4c.
//
// Solidity: function isVerified(uint64 id) view returns(bool)
func (_OperatorRegistry *OperatorRegistrySession) IsVerified(id uint64) (bool, error) {
	return _OperatorRegistry.Contract.IsVerified(&_OperatorRegistry.CallOpts, id)
}

// IsVerified is a free data retrieval call binding the contract method 0x17d91c4c.
//
// Solidity: function isVerified(uint64 id) view returns(bool)
func (_OperatorRegistry *OperatorRegistryCallerSession) IsVerified(id uint64) (bool, error) {
	return _OperatorRegistry.Contract.IsVerified(&_OperatorRegistry.CallOpts, id)
}

// LastOperatorId is a free data retrieval call binding the contract method 0xb469c2a6.
//
// Solidity: function lastOperatorId() view returns(uint64)
func (_OperatorRegistry *OperatorRegistryCaller) LastOperatorId(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "lastOperatorId")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// LastOperatorId is a free data retrieval call binding the contract method 0xb469c2a6.
//
// Solidity: function lastOperatorId() view returns(uint64)
func (_OperatorRegistry *OperatorRegistrySession) LastOperatorId() (uint64, error) {
	return _OperatorRegistry.Contract.LastOperatorId(&_OperatorRegistry.CallOpts)
}

// LastOperatorId is a free data retrieval call binding the contract method 0xb469c2a6.
//
// Solidity: function lastOperatorId() view returns(uint64)
func (_OperatorRegistry *OperatorRegistryCallerSession) LastOperatorId() (uint64, error) {
	return _OperatorRegistry.Contract.LastOperatorId(&_OperatorRegistry.CallOpts)
}

// MaxFeePerBlock is a free data retrieval call binding the contract method 0x6d0b814b.
//
// Solidity: function maxFeePerBlock() view returns(uint256)
func (_OperatorRegistry *OperatorRegistryCaller) MaxFeePerBlock(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "maxFeePerBlock")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MaxFeePerBlock is a free data retrieval call binding the contract method 0x6d0b814b.
//
// Solidity: function maxFeePerBlock() view returns(uint256)
func (_OperatorRegistry *OperatorRegistrySession) MaxFeePerBlock() (*big.Int, error) {
	return _OperatorRegistry.Contract.MaxFeePerBlock(&_OperatorRegistry.CallOpts)
}

// MaxFeePerBlock is a free data retrieval call binding the contract method 0x6d0b814b.
//
// Solidity: function maxFeePerBlock() view returns(uint256)
func (_OperatorRegistry *OperatorRegistryCallerSession) MaxFeePerBlock() (*big.Int, error) {
	return _OperatorRegistry.Contract.MaxFeePerBlock(&_OperatorRegistry.CallOpts)
}

// MaxValidatorsPerOperator is a free data retrieval call binding the contract method 0x6a423942.
//
// Solidity: function maxValidatorsPerOperator() view returns(uint32)
func (_OperatorRegistry *OperatorRegistryCaller) MaxValidatorsPerOperator(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "maxValidatorsPerOperator")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MaxValidatorsPerOperator is a free data retrieval call binding the contract method 0x6a423942.
//
// Solidity: function maxValidatorsPerOperator() view returns(uint32)
func (_OperatorRegistry *OperatorRegistrySession) MaxValidatorsPerOperator() (uint32, error) {
	return _OperatorRegistry.Contract.MaxValidatorsPerOperator(&_OperatorRegistry.CallOpts)
}

// MaxValidatorsPerOperator is a free data retrieval call binding the contract method 0x6a423942.
//
// Solidity: function maxValidatorsPerOperator() view returns(uint32)
func (_OperatorRegistry *OperatorRegistryCallerSession) MaxValidatorsPerOperator() (uint32, error) {
	return _OperatorRegistry.Contract.MaxValidatorsPerOperator(&_OperatorRegistry.CallOpts)
}

// OwnerOf is a free data retrieval call binding the contract method 0x7903a617.
//
// Solidity: function ownerOf(uint64 id) view returns(address)
func (_OperatorRegistry *OperatorRegistryCaller) OwnerOf(opts *bind.CallOpts, id uint64) (common.Address, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "ownerOf", id)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// OwnerOf is a free data retrieval call binding the contract method 0x7903a617.
//
// Solidity: function ownerOf(uint64 id) view returns(address)
func (_OperatorRegistry *OperatorRegistrySession) OwnerOf(id uint64) (common.Address, error) {
	return _OperatorRegistry.Contract.OwnerOf(&_OperatorRegistry.CallOpts, id)
}

// OwnerOf is a free data retrieval call binding the contract method 0x7903a617.
//
// Solidity: function ownerOf(uint64 id) view returns(address)
func (_OperatorRegistry *OperatorRegistryCallerSession) OwnerOf(id uint64) (common.Address, error) {
	return _OperatorRegistry.Contract.OwnerOf(&_OperatorRegistry.CallOpts, id)
}

// PendingFeeOf is a free data retrieval call binding the contract method 0xc7af88cd.
//
// Solidity: function pendingFeeOf(uint64 id) view returns(uint256 fee, uint64 executableAt)
func (_OperatorRegistry *OperatorRegistryCaller) PendingFeeOf(opts *bind.CallOpts, id uint64) (struct {
	Fee          *big.Int
	ExecutableAt uint64
}, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "pendingFeeOf", id)

	outstruct := new(struct {
		Fee          *big.Int
		ExecutableAt uint64
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Fee = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.ExecutableAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)

	return *outstruct, err

}

// PendingFeeOf is a free data retrieval call binding the contract method 0xc7af88cd.
//
// Solidity: function pendingFeeOf(uint64 id) view returns(uint256 fee, uint64 executableAt)
func (_OperatorRegistry *OperatorRegistrySession) PendingFeeOf(id uint64) (struct {
	Fee          *big.Int
	ExecutableAt uint64
}, error) {
	return _OperatorRegistry.Contract.PendingFeeOf(&_OperatorRegistry.CallOpts, id)
}

// PendingFeeOf is a free data retrieval call binding the contract method 0xc7af88cd.
//
// Solidity: function pendingFeeOf(uint64 id) view returns(uint256 fee, uint64 executableAt)
func (_OperatorRegistry *OperatorRegistryCallerSession) PendingFeeOf(id uint64) (struct {
	Fee          *big.Int
	ExecutableAt uint64
}, error) {
	return _OperatorRegistry.Contract.PendingFeeOf(&_OperatorRegistry.CallOpts, id)
}

// SignerOf is a free data retrieval call binding the contract method 0x22a3808f.
//
// Solidity: function signerOf(uint64 id) view returns(address)
func (_OperatorRegistry *OperatorRegistryCaller) SignerOf(opts *bind.CallOpts, id uint64) (common.Address, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "signerOf", id)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// SignerOf is a free data retrieval call binding the contract method 0x22a3808f.
//
// Solidity: function signerOf(uint64 id) view returns(address)
func (_OperatorRegistry *OperatorRegistrySession) SignerOf(id uint64) (common.Address, error) {
	return _OperatorRegistry.Contract.SignerOf(&_OperatorRegistry.CallOpts, id)
}

// SignerOf is a free data retrieval call binding the contract method 0x22a3808f.
//
// Solidity: function signerOf(uint64 id) view returns(address)
func (_OperatorRegistry *OperatorRegistryCallerSession) SignerOf(id uint64) (common.Address, error) {
	return _OperatorRegistry.Contract.SignerOf(&_OperatorRegistry.CallOpts, id)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_OperatorRegistry *OperatorRegistryCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_OperatorRegistry *OperatorRegistrySession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _OperatorRegistry.Contract.SupportsInterface(&_OperatorRegistry.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_OperatorRegistry *OperatorRegistryCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _OperatorRegistry.Contract.SupportsInterface(&_OperatorRegistry.CallOpts, interfaceId)
}

// AddValidator is a paid mutator transaction binding the contract method 0x834a959d.
//
// Solidity: function addValidator(uint64[] ids) returns(uint256 sum, uint256 burnRate)
func (_OperatorRegistry *OperatorRegistryTransactor) AddValidator(opts *bind.TransactOpts, ids []uint64) (*types.Transaction, error) {
	return _OperatorRegistry.contract.Transact(opts, "addValidator", ids)
}

// AddValidator is a paid mutator transaction binding the contract method 0x834a959d.
//
// Solidity: function addValidator(uint64[] ids) returns(uint256 sum, uint256 burnRate)
func (_OperatorRegistry *OperatorRegistrySession) AddValidator(ids []uint64) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.AddValidator(&_OperatorRegistry.TransactOpts, ids)
}

// AddValidator is a paid mutator transaction binding the contract method 0x834a959d.
//
// Solidity: function addValidator(uint64[] ids) returns(uint256 sum, uint256 burnRate)
func (_OperatorRegistry *OperatorRegistryTransactorSession) AddValidator(ids []uint64) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.AddValidator(&_OperatorRegistry.TransactOpts, ids)
}

// CancelFee is a paid mutator transaction binding the contract method 0xd7b169fd.
//
// Solidity: function cancelFee(uint64 id) returns()
func (_OperatorRegistry *OperatorRegistryTransactor) CancelFee(opts *bind.TransactOpts, id uint64) (*types.Transaction, error) {
	return _OperatorRegistry.contract.Transact(opts, "cancelFee", id)
}

// CancelFee is a paid mutator transaction binding the contract method 0xd7b169fd.
//
// Solidity: function cancelFee(uint64 id) returns()
func (_OperatorRegistry *OperatorRegistrySession) CancelFee(id uint64) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.CancelFee(&_OperatorRegistry.TransactOpts, id)
}

// CancelFee is a paid mutator transaction binding the contract method 0xd7b169fd.
//
// Solidity: function cancelFee(uint64 id) returns()
func (_OperatorRegistry *OperatorRegistryTransactorSession) CancelFee(id uint64) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.CancelFee(&_OperatorRegistry.TransactOpts, id)
}

// DeclareFee is a paid mutator transaction binding the contract method 0xeaab927a.
//
// Solidity: function declareFee(uint64 id, uint256 fee) returns()
func (_OperatorRegistry *OperatorRegistryTransactor) DeclareFee(opts *bind.TransactOpts, id uint64, fee *big.Int) (*types.Transaction, error) {
	return _OperatorRegistry.contract.Transact(opts, "declareFee", id, fee)
}

// DeclareFee is a paid mutator transaction binding the contract method 0xeaab927a.
//
// Solidity: function declareFee(uint64 id, uint256 fee) returns()
func (_OperatorRegistry *OperatorRegistrySession) DeclareFee(id uint64, fee *big.Int) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.DeclareFee(&_OperatorRegistry.TransactOpts, id, fee)
}

// DeclareFee is a paid mutator transaction binding the contract method 0xeaab927a.
//
// Solidity: function declareFee(uint64 id, uint256 fee) returns()
func (_OperatorRegistry *OperatorRegistryTransactorSession) DeclareFee(id uint64, fee *big.Int) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.DeclareFee(&_OperatorRegistry.TransactOpts, id, fee)
}

// ExecuteFee is a paid mutator transaction binding the contract method 0x4c659f39.
//
// Solidity: function executeFee(uint64 id) returns()
func (_OperatorRegistry *OperatorRegistryTransactor) ExecuteFee(opts *bind.TransactOpts, id uint64) (*types.Transaction, error) {
	return _OperatorRegistry.contract.Transact(opts, "executeFee", id)
}

// ExecuteFee is a paid mutator transaction binding the contract method 0x4c659f39.
//
// Solidity: function executeFee(uint64 id) returns()
func (_OperatorRegistry *OperatorRegistrySession) ExecuteFee(id uint64) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.ExecuteFee(&_OperatorRegistry.TransactOpts, id)
}

// ExecuteFee is a paid mutator transaction binding the contract method 0x4c659f39.
//
// Solidity: function executeFee(uint64 id) returns()
func (_OperatorRegistry *OperatorRegistryTransactorSession) ExecuteFee(id uint64) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.ExecuteFee(&_OperatorRegistry.TransactOpts, id)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_OperatorRegistry *OperatorRegistryTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _OperatorRegistry.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_OperatorRegistry *OperatorRegistrySession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.GrantRole(&_OperatorRegistry.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_OperatorRegistry *OperatorRegistryTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.GrantRole(&_OperatorRegistry.TransactOpts, role, account)
}

// PayOut is a paid mutator transaction binding the contract method 0x0221038a.
//
// Solidity: function payOut(address to, uint256 amount) returns()
func (_OperatorRegistry *OperatorRegistryTransactor) PayOut(opts *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _OperatorRegistry.contract.Transact(opts, "payOut", to, amount)
}

// PayOut is a paid mutator transaction binding the contract method 0x0221038a.
//
// Solidity: function payOut(address to, uint256 amount) returns()
func (_OperatorRegistry *OperatorRegistrySession) PayOut(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.PayOut(&_OperatorRegistry.TransactOpts, to, amount)
}

// PayOut is a paid mutator transaction binding the contract method 0x0221038a.
//
// Solidity: function payOut(address to, uint256 amount) returns()
func (_OperatorRegistry *OperatorRegistryTransactorSession) PayOut(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.PayOut(&_OperatorRegistry.TransactOpts, to, amount)
}

// ReduceFee is a paid mutator transaction binding the contract method 0x3216533f.
//
// Solidity: function reduceFee(uint64 id, uint256 fee) returns()
func (_OperatorRegistry *OperatorRegistryTransactor) ReduceFee(opts *bind.TransactOpts, id uint64, fee *big.Int) (*types.Transaction, error) {
	return _OperatorRegistry.contract.Transact(opts, "reduceFee", id, fee)
}

// ReduceFee is a paid mutator transaction binding the contract method 0x3216533f.
//
// Solidity: function reduceFee(uint64 id, uint256 fee) returns()
func (_OperatorRegistry *OperatorRegistrySession) ReduceFee(id uint64, fee *big.Int) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.ReduceFee(&_OperatorRegistry.TransactOpts, id, fee)
}

// ReduceFee is a paid mutator transaction binding the contract method 0x3216533f.
//
// Solidity: function reduceFee(uint64 id, uint256 fee) returns()
func (_OperatorRegistry *OperatorRegistryTransactorSession) ReduceFee(id uint64, fee *big.Int) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.ReduceFee(&_OperatorRegistry.TransactOpts, id, fee)
}

// RegisterOperator is a paid mutator transaction binding the contract method 0xf426b78b.
//
// Solidity: function registerOperator(bytes32 identityKey, bytes32 encryptionKey, address signer, uint256 feePerBlock, string metadata) returns(uint64 id)
func (_OperatorRegistry *OperatorRegistryTransactor) RegisterOperator(opts *bind.TransactOpts, identityKey [32]byte, encryptionKey [32]byte, signer common.Address, feePerBlock *big.Int, metadata string) (*types.Transaction, error) {
	return _OperatorRegistry.contract.Transact(opts, "registerOperator", identityKey, encryptionKey, signer, feePerBlock, metadata)
}

// RegisterOperator is a paid mutator transaction binding the contract method 0xf426b78b.
//
// Solidity: function registerOperator(bytes32 identityKey, bytes32 encryptionKey, address signer, uint256 feePerBlock, string metadata) returns(uint64 id)
func (_OperatorRegistry *OperatorRegistrySession) RegisterOperator(identityKey [32]byte, encryptionKey [32]byte, signer common.Address, feePerBlock *big.Int, metadata string) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.RegisterOperator(&_OperatorRegistry.TransactOpts, identityKey, encryptionKey, signer, feePerBlock, metadata)
}

// RegisterOperator is a paid mutator transaction binding the contract method 0xf426b78b.
//
// Solidity: function registerOperator(bytes32 identityKey, bytes32 encryptionKey, address signer, uint256 feePerBlock, string metadata) returns(uint64 id)
func (_OperatorRegistry *OperatorRegistryTransactorSession) RegisterOperator(identityKey [32]byte, encryptionKey [32]byte, signer common.Address, feePerBlock *big.Int, metadata string) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.RegisterOperator(&_OperatorRegistry.TransactOpts, identityKey, encryptionKey, signer, feePerBlock, metadata)
}

// RemoveOperator is a paid mutator transaction binding the contract method 0x2e168e0e.
//
// Solidity: function removeOperator(uint64 id) returns()
func (_OperatorRegistry *OperatorRegistryTransactor) RemoveOperator(opts *bind.TransactOpts, id uint64) (*types.Transaction, error) {
	return _OperatorRegistry.contract.Transact(opts, "removeOperator", id)
}

// RemoveOperator is a paid mutator transaction binding the contract method 0x2e168e0e.
//
// Solidity: function removeOperator(uint64 id) returns()
func (_OperatorRegistry *OperatorRegistrySession) RemoveOperator(id uint64) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.RemoveOperator(&_OperatorRegistry.TransactOpts, id)
}

// RemoveOperator is a paid mutator transaction binding the contract method 0x2e168e0e.
//
// Solidity: function removeOperator(uint64 id) returns()
func (_OperatorRegistry *OperatorRegistryTransactorSession) RemoveOperator(id uint64) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.RemoveOperator(&_OperatorRegistry.TransactOpts, id)
}

// RemoveValidator is a paid mutator transaction binding the contract method 0xc9c41191.
//
// Solidity: function removeValidator(uint64[] ids) returns(uint256 sum)
func (_OperatorRegistry *OperatorRegistryTransactor) RemoveValidator(opts *bind.TransactOpts, ids []uint64) (*types.Transaction, error) {
	return _OperatorRegistry.contract.Transact(opts, "removeValidator", ids)
}

// RemoveValidator is a paid mutator transaction binding the contract method 0xc9c41191.
//
// Solidity: function removeValidator(uint64[] ids) returns(uint256 sum)
func (_OperatorRegistry *OperatorRegistrySession) RemoveValidator(ids []uint64) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.RemoveValidator(&_OperatorRegistry.TransactOpts, ids)
}

// RemoveValidator is a paid mutator transaction binding the contract method 0xc9c41191.
//
// Solidity: function removeValidator(uint64[] ids) returns(uint256 sum)
func (_OperatorRegistry *OperatorRegistryTransactorSession) RemoveValidator(ids []uint64) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.RemoveValidator(&_OperatorRegistry.TransactOpts, ids)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_OperatorRegistry *OperatorRegistryTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _OperatorRegistry.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_OperatorRegistry *OperatorRegistrySession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.RenounceRole(&_OperatorRegistry.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_OperatorRegistry *OperatorRegistryTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.RenounceRole(&_OperatorRegistry.TransactOpts, role, callerConfirmation)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_OperatorRegistry *OperatorRegistryTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _OperatorRegistry.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_OperatorRegistry *OperatorRegistrySession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.RevokeRole(&_OperatorRegistry.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_OperatorRegistry *OperatorRegistryTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.RevokeRole(&_OperatorRegistry.TransactOpts, role, account)
}

// SetMaxValidatorsPerOperator is a paid mutator transaction binding the contract method 0xc103ed4e.
//
// Solidity: function setMaxValidatorsPerOperator(uint32 max) returns()
func (_OperatorRegistry *OperatorRegistryTransactor) SetMaxValidatorsPerOperator(opts *bind.TransactOpts, max uint32) (*types.Transaction, error) {
	return _OperatorRegistry.contract.Transact(opts, "setMaxValidatorsPerOperator", max)
}

// SetMaxValidatorsPerOperator is a paid mutator transaction binding the contract method 0xc103ed4e.
//
// Solidity: function setMaxValidatorsPerOperator(uint32 max) returns()
func (_OperatorRegistry *OperatorRegistrySession) SetMaxValidatorsPerOperator(max uint32) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.SetMaxValidatorsPerOperator(&_OperatorRegistry.TransactOpts, max)
}

// SetMaxValidatorsPerOperator is a paid mutator transaction binding the contract method 0xc103ed4e.
//
// Solidity: function setMaxValidatorsPerOperator(uint32 max) returns()
func (_OperatorRegistry *OperatorRegistryTransactorSession) SetMaxValidatorsPerOperator(max uint32) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.SetMaxValidatorsPerOperator(&_OperatorRegistry.TransactOpts, max)
}

// SetMetadata is a paid mutator transaction binding the contract method 0x118dde02.
//
// Solidity: function setMetadata(uint64 id, string metadata) returns()
func (_OperatorRegistry *OperatorRegistryTransactor) SetMetadata(opts *bind.TransactOpts, id uint64, metadata string) (*types.Transaction, error) {
	return _OperatorRegistry.contract.Transact(opts, "setMetadata", id, metadata)
}

// SetMetadata is a paid mutator transaction binding the contract method 0x118dde02.
//
// Solidity: function setMetadata(uint64 id, string metadata) returns()
func (_OperatorRegistry *OperatorRegistrySession) SetMetadata(id uint64, metadata string) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.SetMetadata(&_OperatorRegistry.TransactOpts, id, metadata)
}

// SetMetadata is a paid mutator transaction binding the contract method 0x118dde02.
//
// Solidity: function setMetadata(uint64 id, string metadata) returns()
func (_OperatorRegistry *OperatorRegistryTransactorSession) SetMetadata(id uint64, metadata string) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.SetMetadata(&_OperatorRegistry.TransactOpts, id, metadata)
}

// SetVerified is a paid mutator transaction binding the contract method 0xdd080218.
//
// Solidity: function setVerified(uint64 id, bool verified) returns()
func (_OperatorRegistry *OperatorRegistryTransactor) SetVerified(opts *bind.TransactOpts, id uint64, verified bool) (*types.Transaction, error) {
	return _OperatorRegistry.contract.Transact(opts, "setVerified", id, verified)
}

// SetVerified is a paid mutator transaction binding the contract method 0xdd080218.
//
// Solidity: function setVerified(uint64 id, bool verified) returns()
func (_OperatorRegistry *OperatorRegistrySession) SetVerified(id uint64, verified bool) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.SetVerified(&_OperatorRegistry.TransactOpts, id, verified)
}

// SetVerified is a paid mutator transaction binding the contract method 0xdd080218.
//
// Solidity: function setVerified(uint64 id, bool verified) returns()
func (_OperatorRegistry *OperatorRegistryTransactorSession) SetVerified(id uint64, verified bool) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.SetVerified(&_OperatorRegistry.TransactOpts, id, verified)
}

// WithdrawEarnings is a paid mutator transaction binding the contract method 0x9be71e21.
//
// Solidity: function withdrawEarnings(uint64 id, uint256 amount, address to) returns()
func (_OperatorRegistry *OperatorRegistryTransactor) WithdrawEarnings(opts *bind.TransactOpts, id uint64, amount *big.Int, to common.Address) (*types.Transaction, error) {
	return _OperatorRegistry.contract.Transact(opts, "withdrawEarnings", id, amount, to)
}

// WithdrawEarnings is a paid mutator transaction binding the contract method 0x9be71e21.
//
// Solidity: function withdrawEarnings(uint64 id, uint256 amount, address to) returns()
func (_OperatorRegistry *OperatorRegistrySession) WithdrawEarnings(id uint64, amount *big.Int, to common.Address) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.WithdrawEarnings(&_OperatorRegistry.TransactOpts, id, amount, to)
}

// WithdrawEarnings is a paid mutator transaction binding the contract method 0x9be71e21.
//
// Solidity: function withdrawEarnings(uint64 id, uint256 amount, address to) returns()
func (_OperatorRegistry *OperatorRegistryTransactorSession) WithdrawEarnings(id uint64, amount *big.Int, to common.Address) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.WithdrawEarnings(&_OperatorRegistry.TransactOpts, id, amount, to)
}

// OperatorRegistryEarningsWithdrawnIterator is returned from FilterEarningsWithdrawn and is used to iterate over the raw logs and unpacked data for EarningsWithdrawn events raised by the OperatorRegistry contract.
type OperatorRegistryEarningsWithdrawnIterator struct {
	Event *OperatorRegistryEarningsWithdrawn // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OperatorRegistryEarningsWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OperatorRegistryEarningsWithdrawn)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OperatorRegistryEarningsWithdrawn)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OperatorRegistryEarningsWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OperatorRegistryEarningsWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OperatorRegistryEarningsWithdrawn represents a EarningsWithdrawn event raised by the OperatorRegistry contract.
type OperatorRegistryEarningsWithdrawn struct {
	Id     uint64
	To     common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterEarningsWithdrawn is a free log retrieval operation binding the contract event 0xa4c4e3c00fff86c673754ceb9d7c45fa21f65dbd5b9e3e6bd9082005a402edd1.
//
// Solidity: event EarningsWithdrawn(uint64 indexed id, address indexed to, uint256 amount)
func (_OperatorRegistry *OperatorRegistryFilterer) FilterEarningsWithdrawn(opts *bind.FilterOpts, id []uint64, to []common.Address) (*OperatorRegistryEarningsWithdrawnIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _OperatorRegistry.contract.FilterLogs(opts, "EarningsWithdrawn", idRule, toRule)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistryEarningsWithdrawnIterator{contract: _OperatorRegistry.contract, event: "EarningsWithdrawn", logs: logs, sub: sub}, nil
}

// WatchEarningsWithdrawn is a free log subscription operation binding the contract event 0xa4c4e3c00fff86c673754ceb9d7c45fa21f65dbd5b9e3e6bd9082005a402edd1.
//
// Solidity: event EarningsWithdrawn(uint64 indexed id, address indexed to, uint256 amount)
func (_OperatorRegistry *OperatorRegistryFilterer) WatchEarningsWithdrawn(opts *bind.WatchOpts, sink chan<- *OperatorRegistryEarningsWithdrawn, id []uint64, to []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _OperatorRegistry.contract.WatchLogs(opts, "EarningsWithdrawn", idRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OperatorRegistryEarningsWithdrawn)
				if err := _OperatorRegistry.contract.UnpackLog(event, "EarningsWithdrawn", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEarningsWithdrawn is a log parse operation binding the contract event 0xa4c4e3c00fff86c673754ceb9d7c45fa21f65dbd5b9e3e6bd9082005a402edd1.
//
// Solidity: event EarningsWithdrawn(uint64 indexed id, address indexed to, uint256 amount)
func (_OperatorRegistry *OperatorRegistryFilterer) ParseEarningsWithdrawn(log types.Log) (*OperatorRegistryEarningsWithdrawn, error) {
	event := new(OperatorRegistryEarningsWithdrawn)
	if err := _OperatorRegistry.contract.UnpackLog(event, "EarningsWithdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OperatorRegistryMaxValidatorsPerOperatorChangedIterator is returned from FilterMaxValidatorsPerOperatorChanged and is used to iterate over the raw logs and unpacked data for MaxValidatorsPerOperatorChanged events raised by the OperatorRegistry contract.
type OperatorRegistryMaxValidatorsPerOperatorChangedIterator struct {
	Event *OperatorRegistryMaxValidatorsPerOperatorChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OperatorRegistryMaxValidatorsPerOperatorChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OperatorRegistryMaxValidatorsPerOperatorChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OperatorRegistryMaxValidatorsPerOperatorChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OperatorRegistryMaxValidatorsPerOperatorChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OperatorRegistryMaxValidatorsPerOperatorChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OperatorRegistryMaxValidatorsPerOperatorChanged represents a MaxValidatorsPerOperatorChanged event raised by the OperatorRegistry contract.
type OperatorRegistryMaxValidatorsPerOperatorChanged struct {
	Max uint32
	Raw types.Log // Blockchain specific contextual infos
}

// FilterMaxValidatorsPerOperatorChanged is a free log retrieval operation binding the contract event 0x2d41a5848c3404939ee33b9f9da1e47a17d01340618391abedf527f0f9aff90b.
//
// Solidity: event MaxValidatorsPerOperatorChanged(uint32 max)
func (_OperatorRegistry *OperatorRegistryFilterer) FilterMaxValidatorsPerOperatorChanged(opts *bind.FilterOpts) (*OperatorRegistryMaxValidatorsPerOperatorChangedIterator, error) {

	logs, sub, err := _OperatorRegistry.contract.FilterLogs(opts, "MaxValidatorsPerOperatorChanged")
	if err != nil {
		return nil, err
	}
	return &OperatorRegistryMaxValidatorsPerOperatorChangedIterator{contract: _OperatorRegistry.contract, event: "MaxValidatorsPerOperatorChanged", logs: logs, sub: sub}, nil
}

// WatchMaxValidatorsPerOperatorChanged is a free log subscription operation binding the contract event 0x2d41a5848c3404939ee33b9f9da1e47a17d01340618391abedf527f0f9aff90b.
//
// Solidity: event MaxValidatorsPerOperatorChanged(uint32 max)
func (_OperatorRegistry *OperatorRegistryFilterer) WatchMaxValidatorsPerOperatorChanged(opts *bind.WatchOpts, sink chan<- *OperatorRegistryMaxValidatorsPerOperatorChanged) (event.Subscription, error) {

	logs, sub, err := _OperatorRegistry.contract.WatchLogs(opts, "MaxValidatorsPerOperatorChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OperatorRegistryMaxValidatorsPerOperatorChanged)
				if err := _OperatorRegistry.contract.UnpackLog(event, "MaxValidatorsPerOperatorChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseMaxValidatorsPerOperatorChanged is a log parse operation binding the contract event 0x2d41a5848c3404939ee33b9f9da1e47a17d01340618391abedf527f0f9aff90b.
//
// Solidity: event MaxValidatorsPerOperatorChanged(uint32 max)
func (_OperatorRegistry *OperatorRegistryFilterer) ParseMaxValidatorsPerOperatorChanged(log types.Log) (*OperatorRegistryMaxValidatorsPerOperatorChanged, error) {
	event := new(OperatorRegistryMaxValidatorsPerOperatorChanged)
	if err := _OperatorRegistry.contract.UnpackLog(event, "MaxValidatorsPerOperatorChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OperatorRegistryOperatorFeeChangedIterator is returned from FilterOperatorFeeChanged and is used to iterate over the raw logs and unpacked data for OperatorFeeChanged events raised by the OperatorRegistry contract.
type OperatorRegistryOperatorFeeChangedIterator struct {
	Event *OperatorRegistryOperatorFeeChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OperatorRegistryOperatorFeeChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OperatorRegistryOperatorFeeChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OperatorRegistryOperatorFeeChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OperatorRegistryOperatorFeeChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OperatorRegistryOperatorFeeChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OperatorRegistryOperatorFeeChanged represents a OperatorFeeChanged event raised by the OperatorRegistry contract.
type OperatorRegistryOperatorFeeChanged struct {
	Id     uint64
	OldFee *big.Int
	NewFee *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterOperatorFeeChanged is a free log retrieval operation binding the contract event 0x461d231bc36b602279c6fcb2592f4c142b5955602bc2d92866473d1e4342f58f.
//
// Solidity: event OperatorFeeChanged(uint64 indexed id, uint256 oldFee, uint256 newFee)
func (_OperatorRegistry *OperatorRegistryFilterer) FilterOperatorFeeChanged(opts *bind.FilterOpts, id []uint64) (*OperatorRegistryOperatorFeeChangedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _OperatorRegistry.contract.FilterLogs(opts, "OperatorFeeChanged", idRule)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistryOperatorFeeChangedIterator{contract: _OperatorRegistry.contract, event: "OperatorFeeChanged", logs: logs, sub: sub}, nil
}

// WatchOperatorFeeChanged is a free log subscription operation binding the contract event 0x461d231bc36b602279c6fcb2592f4c142b5955602bc2d92866473d1e4342f58f.
//
// Solidity: event OperatorFeeChanged(uint64 indexed id, uint256 oldFee, uint256 newFee)
func (_OperatorRegistry *OperatorRegistryFilterer) WatchOperatorFeeChanged(opts *bind.WatchOpts, sink chan<- *OperatorRegistryOperatorFeeChanged, id []uint64) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _OperatorRegistry.contract.WatchLogs(opts, "OperatorFeeChanged", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OperatorRegistryOperatorFeeChanged)
				if err := _OperatorRegistry.contract.UnpackLog(event, "OperatorFeeChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOperatorFeeChanged is a log parse operation binding the contract event 0x461d231bc36b602279c6fcb2592f4c142b5955602bc2d92866473d1e4342f58f.
//
// Solidity: event OperatorFeeChanged(uint64 indexed id, uint256 oldFee, uint256 newFee)
func (_OperatorRegistry *OperatorRegistryFilterer) ParseOperatorFeeChanged(log types.Log) (*OperatorRegistryOperatorFeeChanged, error) {
	event := new(OperatorRegistryOperatorFeeChanged)
	if err := _OperatorRegistry.contract.UnpackLog(event, "OperatorFeeChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OperatorRegistryOperatorFeeDeclarationCancelledIterator is returned from FilterOperatorFeeDeclarationCancelled and is used to iterate over the raw logs and unpacked data for OperatorFeeDeclarationCancelled events raised by the OperatorRegistry contract.
type OperatorRegistryOperatorFeeDeclarationCancelledIterator struct {
	Event *OperatorRegistryOperatorFeeDeclarationCancelled // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OperatorRegistryOperatorFeeDeclarationCancelledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OperatorRegistryOperatorFeeDeclarationCancelled)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OperatorRegistryOperatorFeeDeclarationCancelled)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OperatorRegistryOperatorFeeDeclarationCancelledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OperatorRegistryOperatorFeeDeclarationCancelledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OperatorRegistryOperatorFeeDeclarationCancelled represents a OperatorFeeDeclarationCancelled event raised by the OperatorRegistry contract.
type OperatorRegistryOperatorFeeDeclarationCancelled struct {
	Id  uint64
	Raw types.Log // Blockchain specific contextual infos
}

// FilterOperatorFeeDeclarationCancelled is a free log retrieval operation binding the contract event 0x131d21e2bb6ee9d4e20f01a7e361e2405e0eb6d371c6f4ed5b34c6fa8d6926c9.
//
// Solidity: event OperatorFeeDeclarationCancelled(uint64 indexed id)
func (_OperatorRegistry *OperatorRegistryFilterer) FilterOperatorFeeDeclarationCancelled(opts *bind.FilterOpts, id []uint64) (*OperatorRegistryOperatorFeeDeclarationCancelledIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _OperatorRegistry.contract.FilterLogs(opts, "OperatorFeeDeclarationCancelled", idRule)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistryOperatorFeeDeclarationCancelledIterator{contract: _OperatorRegistry.contract, event: "OperatorFeeDeclarationCancelled", logs: logs, sub: sub}, nil
}

// WatchOperatorFeeDeclarationCancelled is a free log subscription operation binding the contract event 0x131d21e2bb6ee9d4e20f01a7e361e2405e0eb6d371c6f4ed5b34c6fa8d6926c9.
//
// Solidity: event OperatorFeeDeclarationCancelled(uint64 indexed id)
func (_OperatorRegistry *OperatorRegistryFilterer) WatchOperatorFeeDeclarationCancelled(opts *bind.WatchOpts, sink chan<- *OperatorRegistryOperatorFeeDeclarationCancelled, id []uint64) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _OperatorRegistry.contract.WatchLogs(opts, "OperatorFeeDeclarationCancelled", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OperatorRegistryOperatorFeeDeclarationCancelled)
				if err := _OperatorRegistry.contract.UnpackLog(event, "OperatorFeeDeclarationCancelled", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOperatorFeeDeclarationCancelled is a log parse operation binding the contract event 0x131d21e2bb6ee9d4e20f01a7e361e2405e0eb6d371c6f4ed5b34c6fa8d6926c9.
//
// Solidity: event OperatorFeeDeclarationCancelled(uint64 indexed id)
func (_OperatorRegistry *OperatorRegistryFilterer) ParseOperatorFeeDeclarationCancelled(log types.Log) (*OperatorRegistryOperatorFeeDeclarationCancelled, error) {
	event := new(OperatorRegistryOperatorFeeDeclarationCancelled)
	if err := _OperatorRegistry.contract.UnpackLog(event, "OperatorFeeDeclarationCancelled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OperatorRegistryOperatorFeeDeclaredIterator is returned from FilterOperatorFeeDeclared and is used to iterate over the raw logs and unpacked data for OperatorFeeDeclared events raised by the OperatorRegistry contract.
type OperatorRegistryOperatorFeeDeclaredIterator struct {
	Event *OperatorRegistryOperatorFeeDeclared // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OperatorRegistryOperatorFeeDeclaredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OperatorRegistryOperatorFeeDeclared)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OperatorRegistryOperatorFeeDeclared)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OperatorRegistryOperatorFeeDeclaredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OperatorRegistryOperatorFeeDeclaredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OperatorRegistryOperatorFeeDeclared represents a OperatorFeeDeclared event raised by the OperatorRegistry contract.
type OperatorRegistryOperatorFeeDeclared struct {
	Id           uint64
	Fee          *big.Int
	ExecutableAt uint64
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterOperatorFeeDeclared is a free log retrieval operation binding the contract event 0x4590da66f9cabcc07b08df6e54282bc1acd6f24e2db579098c741087badf46a0.
//
// Solidity: event OperatorFeeDeclared(uint64 indexed id, uint256 fee, uint64 executableAt)
func (_OperatorRegistry *OperatorRegistryFilterer) FilterOperatorFeeDeclared(opts *bind.FilterOpts, id []uint64) (*OperatorRegistryOperatorFeeDeclaredIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _OperatorRegistry.contract.FilterLogs(opts, "OperatorFeeDeclared", idRule)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistryOperatorFeeDeclaredIterator{contract: _OperatorRegistry.contract, event: "OperatorFeeDeclared", logs: logs, sub: sub}, nil
}

// WatchOperatorFeeDeclared is a free log subscription operation binding the contract event 0x4590da66f9cabcc07b08df6e54282bc1acd6f24e2db579098c741087badf46a0.
//
// Solidity: event OperatorFeeDeclared(uint64 indexed id, uint256 fee, uint64 executableAt)
func (_OperatorRegistry *OperatorRegistryFilterer) WatchOperatorFeeDeclared(opts *bind.WatchOpts, sink chan<- *OperatorRegistryOperatorFeeDeclared, id []uint64) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _OperatorRegistry.contract.WatchLogs(opts, "OperatorFeeDeclared", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OperatorRegistryOperatorFeeDeclared)
				if err := _OperatorRegistry.contract.UnpackLog(event, "OperatorFeeDeclared", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOperatorFeeDeclared is a log parse operation binding the contract event 0x4590da66f9cabcc07b08df6e54282bc1acd6f24e2db579098c741087badf46a0.
//
// Solidity: event OperatorFeeDeclared(uint64 indexed id, uint256 fee, uint64 executableAt)
func (_OperatorRegistry *OperatorRegistryFilterer) ParseOperatorFeeDeclared(log types.Log) (*OperatorRegistryOperatorFeeDeclared, error) {
	event := new(OperatorRegistryOperatorFeeDeclared)
	if err := _OperatorRegistry.contract.UnpackLog(event, "OperatorFeeDeclared", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OperatorRegistryOperatorMetadataChangedIterator is returned from FilterOperatorMetadataChanged and is used to iterate over the raw logs and unpacked data for OperatorMetadataChanged events raised by the OperatorRegistry contract.
type OperatorRegistryOperatorMetadataChangedIterator struct {
	Event *OperatorRegistryOperatorMetadataChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OperatorRegistryOperatorMetadataChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OperatorRegistryOperatorMetadataChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OperatorRegistryOperatorMetadataChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OperatorRegistryOperatorMetadataChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OperatorRegistryOperatorMetadataChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OperatorRegistryOperatorMetadataChanged represents a OperatorMetadataChanged event raised by the OperatorRegistry contract.
type OperatorRegistryOperatorMetadataChanged struct {
	Id       uint64
	Metadata string
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterOperatorMetadataChanged is a free log retrieval operation binding the contract event 0x930cec59970c44d8789293f41d862b2d0db68ffe87f806b57a998cfd567bad12.
//
// Solidity: event OperatorMetadataChanged(uint64 indexed id, string metadata)
func (_OperatorRegistry *OperatorRegistryFilterer) FilterOperatorMetadataChanged(opts *bind.FilterOpts, id []uint64) (*OperatorRegistryOperatorMetadataChangedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _OperatorRegistry.contract.FilterLogs(opts, "OperatorMetadataChanged", idRule)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistryOperatorMetadataChangedIterator{contract: _OperatorRegistry.contract, event: "OperatorMetadataChanged", logs: logs, sub: sub}, nil
}

// WatchOperatorMetadataChanged is a free log subscription operation binding the contract event 0x930cec59970c44d8789293f41d862b2d0db68ffe87f806b57a998cfd567bad12.
//
// Solidity: event OperatorMetadataChanged(uint64 indexed id, string metadata)
func (_OperatorRegistry *OperatorRegistryFilterer) WatchOperatorMetadataChanged(opts *bind.WatchOpts, sink chan<- *OperatorRegistryOperatorMetadataChanged, id []uint64) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _OperatorRegistry.contract.WatchLogs(opts, "OperatorMetadataChanged", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OperatorRegistryOperatorMetadataChanged)
				if err := _OperatorRegistry.contract.UnpackLog(event, "OperatorMetadataChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOperatorMetadataChanged is a log parse operation binding the contract event 0x930cec59970c44d8789293f41d862b2d0db68ffe87f806b57a998cfd567bad12.
//
// Solidity: event OperatorMetadataChanged(uint64 indexed id, string metadata)
func (_OperatorRegistry *OperatorRegistryFilterer) ParseOperatorMetadataChanged(log types.Log) (*OperatorRegistryOperatorMetadataChanged, error) {
	event := new(OperatorRegistryOperatorMetadataChanged)
	if err := _OperatorRegistry.contract.UnpackLog(event, "OperatorMetadataChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OperatorRegistryOperatorRegisteredIterator is returned from FilterOperatorRegistered and is used to iterate over the raw logs and unpacked data for OperatorRegistered events raised by the OperatorRegistry contract.
type OperatorRegistryOperatorRegisteredIterator struct {
	Event *OperatorRegistryOperatorRegistered // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OperatorRegistryOperatorRegisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OperatorRegistryOperatorRegistered)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OperatorRegistryOperatorRegistered)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OperatorRegistryOperatorRegisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OperatorRegistryOperatorRegisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OperatorRegistryOperatorRegistered represents a OperatorRegistered event raised by the OperatorRegistry contract.
type OperatorRegistryOperatorRegistered struct {
	Id            uint64
	Owner         common.Address
	IdentityKey   [32]byte
	EncryptionKey [32]byte
	Signer        common.Address
	FeePerBlock   *big.Int
	Metadata      string
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOperatorRegistered is a free log retrieval operation binding the contract event 0x338b94aa98dafb31f27278d22faf260b8001c2bf3fd38bf3248d01fb114fac30.
//
// Solidity: event OperatorRegistered(uint64 indexed id, address indexed owner, bytes32 identityKey, bytes32 encryptionKey, address signer, uint256 feePerBlock, string metadata)
func (_OperatorRegistry *OperatorRegistryFilterer) FilterOperatorRegistered(opts *bind.FilterOpts, id []uint64, owner []common.Address) (*OperatorRegistryOperatorRegisteredIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _OperatorRegistry.contract.FilterLogs(opts, "OperatorRegistered", idRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistryOperatorRegisteredIterator{contract: _OperatorRegistry.contract, event: "OperatorRegistered", logs: logs, sub: sub}, nil
}

// WatchOperatorRegistered is a free log subscription operation binding the contract event 0x338b94aa98dafb31f27278d22faf260b8001c2bf3fd38bf3248d01fb114fac30.
//
// Solidity: event OperatorRegistered(uint64 indexed id, address indexed owner, bytes32 identityKey, bytes32 encryptionKey, address signer, uint256 feePerBlock, string metadata)
func (_OperatorRegistry *OperatorRegistryFilterer) WatchOperatorRegistered(opts *bind.WatchOpts, sink chan<- *OperatorRegistryOperatorRegistered, id []uint64, owner []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _OperatorRegistry.contract.WatchLogs(opts, "OperatorRegistered", idRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OperatorRegistryOperatorRegistered)
				if err := _OperatorRegistry.contract.UnpackLog(event, "OperatorRegistered", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOperatorRegistered is a log parse operation binding the contract event 0x338b94aa98dafb31f27278d22faf260b8001c2bf3fd38bf3248d01fb114fac30.
//
// Solidity: event OperatorRegistered(uint64 indexed id, address indexed owner, bytes32 identityKey, bytes32 encryptionKey, address signer, uint256 feePerBlock, string metadata)
func (_OperatorRegistry *OperatorRegistryFilterer) ParseOperatorRegistered(log types.Log) (*OperatorRegistryOperatorRegistered, error) {
	event := new(OperatorRegistryOperatorRegistered)
	if err := _OperatorRegistry.contract.UnpackLog(event, "OperatorRegistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OperatorRegistryOperatorRemovedIterator is returned from FilterOperatorRemoved and is used to iterate over the raw logs and unpacked data for OperatorRemoved events raised by the OperatorRegistry contract.
type OperatorRegistryOperatorRemovedIterator struct {
	Event *OperatorRegistryOperatorRemoved // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OperatorRegistryOperatorRemovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OperatorRegistryOperatorRemoved)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OperatorRegistryOperatorRemoved)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OperatorRegistryOperatorRemovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OperatorRegistryOperatorRemovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OperatorRegistryOperatorRemoved represents a OperatorRemoved event raised by the OperatorRegistry contract.
type OperatorRegistryOperatorRemoved struct {
	Id  uint64
	Raw types.Log // Blockchain specific contextual infos
}

// FilterOperatorRemoved is a free log retrieval operation binding the contract event 0x0e0ba6c2b04de36d6d509ec5bd155c43a9fe862f8052096dd54f3902a74cca3e.
//
// Solidity: event OperatorRemoved(uint64 indexed id)
func (_OperatorRegistry *OperatorRegistryFilterer) FilterOperatorRemoved(opts *bind.FilterOpts, id []uint64) (*OperatorRegistryOperatorRemovedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _OperatorRegistry.contract.FilterLogs(opts, "OperatorRemoved", idRule)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistryOperatorRemovedIterator{contract: _OperatorRegistry.contract, event: "OperatorRemoved", logs: logs, sub: sub}, nil
}

// WatchOperatorRemoved is a free log subscription operation binding the contract event 0x0e0ba6c2b04de36d6d509ec5bd155c43a9fe862f8052096dd54f3902a74cca3e.
//
// Solidity: event OperatorRemoved(uint64 indexed id)
func (_OperatorRegistry *OperatorRegistryFilterer) WatchOperatorRemoved(opts *bind.WatchOpts, sink chan<- *OperatorRegistryOperatorRemoved, id []uint64) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _OperatorRegistry.contract.WatchLogs(opts, "OperatorRemoved", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OperatorRegistryOperatorRemoved)
				if err := _OperatorRegistry.contract.UnpackLog(event, "OperatorRemoved", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOperatorRemoved is a log parse operation binding the contract event 0x0e0ba6c2b04de36d6d509ec5bd155c43a9fe862f8052096dd54f3902a74cca3e.
//
// Solidity: event OperatorRemoved(uint64 indexed id)
func (_OperatorRegistry *OperatorRegistryFilterer) ParseOperatorRemoved(log types.Log) (*OperatorRegistryOperatorRemoved, error) {
	event := new(OperatorRegistryOperatorRemoved)
	if err := _OperatorRegistry.contract.UnpackLog(event, "OperatorRemoved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OperatorRegistryOperatorVerifiedIterator is returned from FilterOperatorVerified and is used to iterate over the raw logs and unpacked data for OperatorVerified events raised by the OperatorRegistry contract.
type OperatorRegistryOperatorVerifiedIterator struct {
	Event *OperatorRegistryOperatorVerified // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OperatorRegistryOperatorVerifiedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OperatorRegistryOperatorVerified)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OperatorRegistryOperatorVerified)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OperatorRegistryOperatorVerifiedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OperatorRegistryOperatorVerifiedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OperatorRegistryOperatorVerified represents a OperatorVerified event raised by the OperatorRegistry contract.
type OperatorRegistryOperatorVerified struct {
	Id       uint64
	Verified bool
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterOperatorVerified is a free log retrieval operation binding the contract event 0x48ca0e59911643b697417e2addf2805c9544dbef9e0815f20a500f4e44092fb2.
//
// Solidity: event OperatorVerified(uint64 indexed id, bool verified)
func (_OperatorRegistry *OperatorRegistryFilterer) FilterOperatorVerified(opts *bind.FilterOpts, id []uint64) (*OperatorRegistryOperatorVerifiedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _OperatorRegistry.contract.FilterLogs(opts, "OperatorVerified", idRule)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistryOperatorVerifiedIterator{contract: _OperatorRegistry.contract, event: "OperatorVerified", logs: logs, sub: sub}, nil
}

// WatchOperatorVerified is a free log subscription operation binding the contract event 0x48ca0e59911643b697417e2addf2805c9544dbef9e0815f20a500f4e44092fb2.
//
// Solidity: event OperatorVerified(uint64 indexed id, bool verified)
func (_OperatorRegistry *OperatorRegistryFilterer) WatchOperatorVerified(opts *bind.WatchOpts, sink chan<- *OperatorRegistryOperatorVerified, id []uint64) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _OperatorRegistry.contract.WatchLogs(opts, "OperatorVerified", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OperatorRegistryOperatorVerified)
				if err := _OperatorRegistry.contract.UnpackLog(event, "OperatorVerified", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOperatorVerified is a log parse operation binding the contract event 0x48ca0e59911643b697417e2addf2805c9544dbef9e0815f20a500f4e44092fb2.
//
// Solidity: event OperatorVerified(uint64 indexed id, bool verified)
func (_OperatorRegistry *OperatorRegistryFilterer) ParseOperatorVerified(log types.Log) (*OperatorRegistryOperatorVerified, error) {
	event := new(OperatorRegistryOperatorVerified)
	if err := _OperatorRegistry.contract.UnpackLog(event, "OperatorVerified", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OperatorRegistryRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the OperatorRegistry contract.
type OperatorRegistryRoleAdminChangedIterator struct {
	Event *OperatorRegistryRoleAdminChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OperatorRegistryRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OperatorRegistryRoleAdminChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OperatorRegistryRoleAdminChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OperatorRegistryRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OperatorRegistryRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OperatorRegistryRoleAdminChanged represents a RoleAdminChanged event raised by the OperatorRegistry contract.
type OperatorRegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_OperatorRegistry *OperatorRegistryFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*OperatorRegistryRoleAdminChangedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _OperatorRegistry.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistryRoleAdminChangedIterator{contract: _OperatorRegistry.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_OperatorRegistry *OperatorRegistryFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *OperatorRegistryRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _OperatorRegistry.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OperatorRegistryRoleAdminChanged)
				if err := _OperatorRegistry.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleAdminChanged is a log parse operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_OperatorRegistry *OperatorRegistryFilterer) ParseRoleAdminChanged(log types.Log) (*OperatorRegistryRoleAdminChanged, error) {
	event := new(OperatorRegistryRoleAdminChanged)
	if err := _OperatorRegistry.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OperatorRegistryRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the OperatorRegistry contract.
type OperatorRegistryRoleGrantedIterator struct {
	Event *OperatorRegistryRoleGranted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OperatorRegistryRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OperatorRegistryRoleGranted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OperatorRegistryRoleGranted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OperatorRegistryRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OperatorRegistryRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OperatorRegistryRoleGranted represents a RoleGranted event raised by the OperatorRegistry contract.
type OperatorRegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_OperatorRegistry *OperatorRegistryFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*OperatorRegistryRoleGrantedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _OperatorRegistry.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistryRoleGrantedIterator{contract: _OperatorRegistry.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_OperatorRegistry *OperatorRegistryFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *OperatorRegistryRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _OperatorRegistry.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OperatorRegistryRoleGranted)
				if err := _OperatorRegistry.contract.UnpackLog(event, "RoleGranted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleGranted is a log parse operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_OperatorRegistry *OperatorRegistryFilterer) ParseRoleGranted(log types.Log) (*OperatorRegistryRoleGranted, error) {
	event := new(OperatorRegistryRoleGranted)
	if err := _OperatorRegistry.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OperatorRegistryRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the OperatorRegistry contract.
type OperatorRegistryRoleRevokedIterator struct {
	Event *OperatorRegistryRoleRevoked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OperatorRegistryRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OperatorRegistryRoleRevoked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OperatorRegistryRoleRevoked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OperatorRegistryRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OperatorRegistryRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OperatorRegistryRoleRevoked represents a RoleRevoked event raised by the OperatorRegistry contract.
type OperatorRegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_OperatorRegistry *OperatorRegistryFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*OperatorRegistryRoleRevokedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _OperatorRegistry.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistryRoleRevokedIterator{contract: _OperatorRegistry.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_OperatorRegistry *OperatorRegistryFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *OperatorRegistryRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _OperatorRegistry.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OperatorRegistryRoleRevoked)
				if err := _OperatorRegistry.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleRevoked is a log parse operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_OperatorRegistry *OperatorRegistryFilterer) ParseRoleRevoked(log types.Log) (*OperatorRegistryRoleRevoked, error) {
	event := new(OperatorRegistryRoleRevoked)
	if err := _OperatorRegistry.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OracleMetaData contains all meta data concerning the Oracle contract.
var OracleMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIStakingPool\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"contractIMiniPoolFactory\",\"name\":\"factory_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"startEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxApr\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxDecrease\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"AlreadyVoted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"decrease\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"DecreaseTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"increase\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"IncreaseTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"quorum\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"members\",\"type\":\"uint256\"}],\"name\":\"InvalidQuorum\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"miniPool\",\"type\":\"address\"}],\"name\":\"NotMiniPool\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"last\",\"type\":\"uint64\"}],\"name\":\"StaleEpoch\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxAprBps\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxDecreaseBps\",\"type\":\"uint256\"}],\"name\":\"BoundsChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"MemberAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"MemberRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"quorum\",\"type\":\"uint256\"}],\"name\":\"QuorumChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reportHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"beaconBalance\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"beaconValidators\",\"type\":\"uint256\"}],\"name\":\"ReportApplied\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reportHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"votes\",\"type\":\"uint256\"}],\"name\":\"ReportSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MANAGER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SECONDS_PER_EPOCH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VALIDATOR_BALANCE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"YEAR\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"newQuorum\",\"type\":\"uint256\"}],\"name\":\"addMember\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validators\",\"type\":\"uint256\"}],\"name\":\"checkBounds\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"factory\",\"outputs\":[{\"internalType\":\"contractIMiniPoolFactory\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isMember\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastBalance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastEpoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastValidators\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxAprBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxDecreaseBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"memberCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorum\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"newQuorum\",\"type\":\"uint256\"}],\"name\":\"removeMember\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxApr\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxDecrease\",\"type\":\"uint256\"}],\"name\":\"setBounds\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakingPool\",\"outputs\":[{\"internalType\":\"contractIStakingPool\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"beaconBalance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"beaconValidators\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"miniPools\",\"type\":\"address[]\"},{\"internalType\":\"bool[]\",\"name\":\"credentialsOk\",\"type\":\"bool[]\"}],\"name\":\"submitReport\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"voted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"votes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161155038038061155083398101604081905261002e91610167565b6001600160a01b03868116608052851660a052600680546001600160401b0319166001600160401b038616179055600483905560058290556100705f826100a7565b5061009b7f241ecf16d79d0f8dbfb92cbc07fe17840425976cf0667f022fe9877caa831b08826100a7565b505050505050506101e2565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610147575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100ff3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161014a565b505f5b92915050565b6001600160a01b0381168114610164575f5ffd5b50565b5f5f5f5f5f5f60c0878903121561017c575f5ffd5b865161018781610150565b602088015190965061019881610150565b60408801519095506001600160401b03811681146101b4575f5ffd5b6060880151608089015160a08a015192965090945092506101d481610150565b809150509295509295509295565b60805160a05161133f6102115f395f81816103aa0152610b6d01525f81816102170152610b01015261133f5ff3fe608060405234801561000f575f5ffd5b50600436106101bb575f3560e01c80638f1c56bd116100f3578063b43410a811610093578063d547741f1161006e578063d547741f146103df578063e5baade8146103f2578063e685d0b314610405578063ec87621c1461042f575f5ffd5b8063b43410a814610392578063c45a0155146103a5578063c909e6ce146103cc575f5ffd5b8063a13a804a116100ce578063a13a804a14610350578063a217fddf14610360578063a230c52414610367578063a4cc588214610389575f5ffd5b80638f1c56bd1461032157806391d148541461032a57806398041ea31461033d575f5ffd5b80632d3594761161015e5780634e317fae116101395780634e317fae146102d757806355014a9e146102e0578063624b633a146102e95780638391454014610316575f5ffd5b80632d359476146102a85780632f2ff15d146102b157806336568abe146102c4575f5ffd5b806311aee3801161019957806311aee3801461025157806316f6f03e146102685780631703a0181461027d578063248a9ca314610286575f5ffd5b806301ffc9a7146101bf57806306a4c983146101e75780630c56ae3b14610212575b5f5ffd5b6101d26101cd366004610f07565b610443565b60405190151581526020015b60405180910390f35b6006546101fa906001600160401b031681565b6040516001600160401b0390911681526020016101de565b6102397f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101de565b61025a60035481565b6040519081526020016101de565b61027b610276366004610f50565b610479565b005b61025a60025481565b61025a610294366004610f78565b5f9081526020819052604090206001015490565b61025a60055481565b61027b6102bf366004610f8f565b610524565b61027b6102d2366004610f8f565b61054e565b61025a60045481565b61025a60085481565b6101d26102f7366004610fcf565b600960209081525f928352604080842090915290825290205460ff1681565b61025a6301e1338081565b61025a60075481565b6101d2610338366004610f8f565b610581565b61027b61034b366004610f50565b6105a9565b61025a6801bc16d674ec80000081565b61025a5f81565b6101d2610375366004610ff7565b60016020525f908152604090205460ff1681565b61025a61018081565b61027b6103a0366004611010565b610652565b6102397f000000000000000000000000000000000000000000000000000000000000000081565b61027b6103da366004611040565b610803565b61027b6103ed366004610f8f565b610862565b61027b6104003660046110a7565b610886565b61025a610413366004611137565b600a60209081525f928352604080842090915290825290205481565b61025a5f5160206113135f395f51905f5281565b5f6001600160e01b03198216637965db0b60e01b148061047357506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f5160206113135f395f51905f5261049081610d39565b6001600160a01b0383165f9081526001602052604090205460ff1615610516576001600160a01b0383165f908152600160205260408120805460ff1916905560038054916104dd83611165565b90915550506040516001600160a01b038416907f6e76fb4c77256006d9c38ec7d82b45a8c8f3c27b1d6766fffc42dfb8de684492905f90a25b61051f82610d46565b505050565b5f8281526020819052604090206001015461053e81610d39565b6105488383610dd2565b50505050565b6001600160a01b03811633146105775760405163334bd91960e11b815260040160405180910390fd5b61051f8282610e61565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f5160206113135f395f51905f526105c081610d39565b6001600160a01b0383165f9081526001602052604090205460ff16610516576001600160a01b0383165f9081526001602081905260408220805460ff1916909117905560038054916106118361117a565b90915550506040516001600160a01b038416907fb251eb052afc73ffd02ffe85ad79990a8b3fed60d76dbc2fa2fdd7123dffd914905f90a261051f82610d46565b600754600854821061068f5760085461066b9083611192565b61067e906801bc16d674ec8000006111a5565b61068890826111bc565b90506106ce565b5f8260085461069e9190611192565b6106b1906801bc16d674ec8000006111a5565b90508082116106c0575f6106ca565b6106ca8183611192565b9150505b5f60075482116106e0576007546106e2565b815b905081841061079d576006545f9061018090610707906001600160401b0316886111cf565b6001600160401b031661071a91906111a5565b90505f61072d6301e133806127106111a5565b826004548561073c91906111a5565b61074691906111a5565b61075091906111ee565b90508061075d8588611192565b11156107965761076d8487611192565b60405163298accd960e01b81526004810191909152602481018290526044015b60405180910390fd5b50506107fc565b5f612710600554836107af91906111a5565b6107b991906111ee565b9050806107c68685611192565b11156107fa576107d68584611192565b6040516304301bef60e31b815260048101919091526024810182905260440161078d565b505b5050505050565b5f5160206113135f395f51905f5261081a81610d39565b6004839055600582905560408051848152602081018490527f817f73ca73ef8c362e0a33b43e0880fa79366d730871525d503b94b880faeae5910160405180910390a1505050565b5f8281526020819052604090206001015461087c81610d39565b6105488383610e61565b335f9081526001602052604090205460ff166108b7576040516305b5850b60e21b815233600482015260240161078d565b6006546001600160401b03908116908816116108fd57600654604051636742e21160e11b81526001600160401b03808a166004830152909116602482015260440161078d565b828114610920576040516001621398b960e31b0319815260040160405180910390fd5b6001600160401b0387165f90815260096020908152604080832033845290915290205460ff161561097557604051631c9bf28b60e31b81526001600160401b038816600482015233602482015260440161078d565b6001600160401b0387165f9081526009602090815260408083203384528252808320805460ff19166001179055516109bb918a918a918a918a918a918a918a910161121a565b60408051601f1981840301815291815281516020928301206001600160401b038b165f908152600a84528281208282529093529082208054919350908290610a029061117a565b9182905550604080518481526020810183905291925033916001600160401b038c16917f8845e8b7760cab7df092e44838abbaf7fe243379d60d738cab40bc3377cb0b35910160405180910390a36002548114610a60575050610d30565b610a6b898989610652565b6006805467ffffffffffffffff19166001600160401b038b169081179091556007899055600888905560408051848152602081018b90529081018990527f9539ecd0b4fb4f6246a24a1582e67f276c57533f66581a41e7bef6d56e2e4c9c9060600160405180910390a260405163fb507ef560e01b81526001600160401b038a16600482015260248101899052604481018890527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063fb507ef5906064015f604051808303815f87803b158015610b4a575f5ffd5b505af1158015610b5c573d5f5f3e3d5ffd5b505f925050505b85811015610d2c577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166350c57b01888884818110610bac57610bac6112c8565b9050602002016020810190610bc19190610ff7565b6040516001600160e01b031960e084901b1681526001600160a01b039091166004820152602401602060405180830381865afa158015610c03573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c2791906112dc565b610c7757868682818110610c3d57610c3d6112c8565b9050602002016020810190610c529190610ff7565b604051634c1f4a2d60e11b81526001600160a01b03909116600482015260240161078d565b868682818110610c8957610c896112c8565b9050602002016020810190610c9e9190610ff7565b6001600160a01b031663e825e1d0868684818110610cbe57610cbe6112c8565b9050602002016020810190610cd391906112f7565b6040518263ffffffff1660e01b8152600401610cf3911515815260200190565b5f604051808303815f87803b158015610d0a575f5ffd5b505af1158015610d1c573d5f5f3e3d5ffd5b505060019092019150610b639050565b5050505b50505050505050565b610d438133610eca565b50565b801580610d54575060035481115b80610d6b5750600354610d688260026111a5565b11155b15610d975760035460405163158589c560e11b815261078d918391600401918252602082015260400190565b60028190556040518181527f027863d12a407097e086a48e36475bfc859d0b200b7e6f65b5fd3b218e46632e9060200160405180910390a150565b5f610ddd8383610581565b610e5a575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610e123390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610473565b505f610473565b5f610e6c8383610581565b15610e5a575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610473565b610ed48282610581565b610f035760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161078d565b5050565b5f60208284031215610f17575f5ffd5b81356001600160e01b031981168114610f2e575f5ffd5b9392505050565b80356001600160a01b0381168114610f4b575f5ffd5b919050565b5f5f60408385031215610f61575f5ffd5b610f6a83610f35565b946020939093013593505050565b5f60208284031215610f88575f5ffd5b5035919050565b5f5f60408385031215610fa0575f5ffd5b82359150610fb060208401610f35565b90509250929050565b80356001600160401b0381168114610f4b575f5ffd5b5f5f60408385031215610fe0575f5ffd5b610fe983610fb9565b9150610fb060208401610f35565b5f60208284031215611007575f5ffd5b610f2e82610f35565b5f5f5f60608486031215611022575f5ffd5b61102b84610fb9565b95602085013595506040909401359392505050565b5f5f60408385031215611051575f5ffd5b50508035926020909101359150565b5f5f83601f840112611070575f5ffd5b5081356001600160401b03811115611086575f5ffd5b6020830191508360208260051b85010111156110a0575f5ffd5b9250929050565b5f5f5f5f5f5f5f60a0888a0312156110bd575f5ffd5b6110c688610fb9565b9650602088013595506040880135945060608801356001600160401b038111156110ee575f5ffd5b6110fa8a828b01611060565b90955093505060808801356001600160401b03811115611118575f5ffd5b6111248a828b01611060565b989b979a50959850939692959293505050565b5f5f60408385031215611148575f5ffd5b610f6a83610fb9565b634e487b7160e01b5f52601160045260245ffd5b5f8161117357611173611151565b505f190190565b5f6001820161118b5761118b611151565b5060010190565b8181038181111561047357610473611151565b808202811582820484141761047357610473611151565b8082018082111561047357610473611151565b6001600160401b03828116828216039081111561047357610473611151565b5f8261120857634e487b7160e01b5f52601260045260245ffd5b500490565b8015158114610d43575f5ffd5b6001600160401b0388168152602081018790526040810186905260a06060820181905281018490525f8560c08301825b87811015611278576001600160a01b0361126384610f35565b1682526020928301929091019060010161124a565b5083810360808501528481526020019050845f805b868110156112b75782356112a08161120d565b15158452602093840193929092019160010161128d565b50919b9a5050505050505050505050565b634e487b7160e01b5f52603260045260245ffd5b5f602082840312156112ec575f5ffd5b8151610f2e8161120d565b5f60208284031215611307575f5ffd5b8135610f2e8161120d56fe241ecf16d79d0f8dbfb92cbc07fe17840425976cf0667f022fe9877caa831b08a164736f6c634300081e000a",
}

// OracleABI is the input ABI used to generate the binding from.
// Deprecated: Use OracleMetaData.ABI instead.
var OracleABI = OracleMetaData.ABI

// OracleBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use OracleMetaData.Bin instead.
var OracleBin = OracleMetaData.Bin

// DeployOracle deploys a new Ethereum contract, binding an instance of Oracle to it.
func DeployOracle(auth *bind.TransactOpts, backend bind.ContractBackend, pool common.Address, factory_ common.Address, startEpoch uint64, maxApr *big.Int, maxDecrease *big.Int, admin common.Address) (common.Address, *types.Transaction, *Oracle, error) {
	parsed, err := OracleMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(OracleBin), backend, pool, factory_, startEpoch, maxApr, maxDecrease, admin)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Oracle{OracleCaller: OracleCaller{contract: contract}, OracleTransactor: OracleTransactor{contract: contract}, OracleFilterer: OracleFilterer{contract: contract}}, nil
}

// Oracle is an auto generated Go binding around an Ethereum contract.
type Oracle struct {
	OracleCaller     // Read-only binding to the contract
	OracleTransactor // Write-only binding to the contract
	OracleFilterer   // Log filterer for contract events
}

// OracleCaller is an auto generated read-only Go binding around an Ethereum contract.
type OracleCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// OracleTransactor is an auto generated write-only Go binding around an Ethereum contract.
type OracleTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// OracleFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type OracleFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// OracleSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type OracleSession struct {
	Contract     *Oracle           // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// OracleCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type OracleCallerSession struct {
	Contract *OracleCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts // Call options to use throughout this session
}

// OracleTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type OracleTransactorSession struct {
	Contract     *OracleTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// OracleRaw is an auto generated low-level Go binding around an Ethereum contract.
type OracleRaw struct {
	Contract *Oracle // Generic contract binding to access the raw methods on
}

// OracleCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type OracleCallerRaw struct {
	Contract *OracleCaller // Generic read-only contract binding to access the raw methods on
}

// OracleTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type OracleTransactorRaw struct {
	Contract *OracleTransactor // Generic write-only contract binding to access the raw methods on
}

// NewOracle creates a new instance of Oracle, bound to a specific deployed contract.
func NewOracle(address common.Address, backend bind.ContractBackend) (*Oracle, error) {
	contract, err := bindOracle(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Oracle{OracleCaller: OracleCaller{contract: contract}, OracleTransactor: OracleTransactor{contract: contract}, OracleFilterer: OracleFilterer{contract: contract}}, nil
}

// NewOracleCaller creates a new read-only instance of Oracle, bound to a specific deployed contract.
func NewOracleCaller(address common.Address, caller bind.ContractCaller) (*OracleCaller, error) {
	contract, err := bindOracle(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &OracleCaller{contract: contract}, nil
}

// NewOracleTransactor creates a new write-only instance of Oracle, bound to a specific deployed contract.
func NewOracleTransactor(address common.Address, transactor bind.ContractTransactor) (*OracleTransactor, error) {
	contract, err := bindOracle(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &OracleTransactor{contract: contract}, nil
}

// NewOracleFilterer creates a new log filterer instance of Oracle, bound to a specific deployed contract.
func NewOracleFilterer(address common.Address, filterer bind.ContractFilterer) (*OracleFilterer, error) {
	contract, err := bindOracle(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &OracleFilterer{contract: contract}, nil
}

// bindOracle binds a generic wrapper to an already deployed contract.
func bindOracle(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := OracleMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Oracle *OracleRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Oracle.Contract.OracleCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Oracle *OracleRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Oracle.Contract.OracleTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Oracle *OracleRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Oracle.Contract.OracleTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Oracle *OracleCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Oracle.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Oracle *OracleTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Oracle.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Oracle *OracleTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Oracle.Contract.contract.Transact(opts, method, params...)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_Oracle *OracleCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_Oracle *OracleSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _Oracle.Contract.DEFAULTADMINROLE(&_Oracle.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_Oracle *OracleCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _Oracle.Contract.DEFAULTADMINROLE(&_Oracle.CallOpts)
}

// MANAGERROLE is a free data retrieval call binding the contract method 0xec87621c.
//
// Solidity: function MANAGER_ROLE() view returns(bytes32)
func (_Oracle *OracleCaller) MANAGERROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "MANAGER_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// MANAGERROLE is a free data retrieval call binding the contract method 0xec87621c.
//
// Solidity: function MANAGER_ROLE() view returns(bytes32)
func (_Oracle *OracleSession) MANAGERROLE() ([32]byte, error) {
	return _Oracle.Contract.MANAGERROLE(&_Oracle.CallOpts)
}

// MANAGERROLE is a free data retrieval call binding the contract method 0xec87621c.
//
// Solidity: function MANAGER_ROLE() view returns(bytes32)
func (_Oracle *OracleCallerSession) MANAGERROLE() ([32]byte, error) {
	return _Oracle.Contract.MANAGERROLE(&_Oracle.CallOpts)
}

// SECONDSPEREPOCH is a free data retrieval call binding the contract method 0xa4cc5882.
//
// Solidity: function SECONDS_PER_EPOCH() view returns(uint256)
func (_Oracle *OracleCaller) SECONDSPEREPOCH(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "SECONDS_PER_EPOCH")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SECONDSPEREPOCH is a free data retrieval call binding the contract method 0xa4cc5882.
//
// Solidity: function SECONDS_PER_EPOCH() view returns(uint256)
func (_Oracle *OracleSession) SECONDSPEREPOCH() (*big.Int, error) {
	return _Oracle.Contract.SECONDSPEREPOCH(&_Oracle.CallOpts)
}

// SECONDSPEREPOCH is a free data retrieval call binding the contract method 0xa4cc5882.
//
// Solidity: function SECONDS_PER_EPOCH() view returns(uint256)
func (_Oracle *OracleCallerSession) SECONDSPEREPOCH() (*big.Int, error) {
	return _Oracle.Contract.SECONDSPEREPOCH(&_Oracle.CallOpts)
}

// VALIDATORBALANCE is a free data retrieval call binding the contract method 0xa13a804a.
//
// Solidity: function VALIDATOR_BALANCE() view returns(uint256)
func (_Oracle *OracleCaller) VALIDATORBALANCE(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "VALIDATOR_BALANCE")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// VALIDATORBALANCE is a free data retrieval call binding the contract method 0xa13a804a.
//
// Solidity: function VALIDATOR_BALANCE() view returns(uint256)
func (_Oracle *OracleSession) VALIDATORBALANCE() (*big.Int, error) {
	return _Oracle.Contract.VALIDATORBALANCE(&_Oracle.CallOpts)
}

// VALIDATORBALANCE is a free data retrieval call binding the contract method 0xa13a804a.
//
// Solidity: function VALIDATOR_BALANCE() view returns(uint256)
func (_Oracle *OracleCallerSession) VALIDATORBALANCE() (*big.Int, error) {
	return _Oracle.Contract.VALIDATORBALANCE(&_Oracle.CallOpts)
}

// YEAR is a free data retrieval call binding the contract method 0x83914540.
//
// Solidity: function YEAR() view returns(uint256)
func (_Oracle *OracleCaller) YEAR(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "YEAR")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// YEAR is a free data retrieval call binding the contract method 0x83914540.
//
// Solidity: function YEAR() view returns(uint256)
func (_Oracle *OracleSession) YEAR() (*big.Int, error) {
	return _Oracle.Contract.YEAR(&_Oracle.CallOpts)
}

// YEAR is a free data retrieval call binding the contract method 0x83914540.
//
// Solidity: function YEAR() view returns(uint256)
func (_Oracle *OracleCallerSession) YEAR() (*big.Int, error) {
	return _Oracle.Contract.YEAR(&_Oracle.CallOpts)
}

// CheckBounds is a free data retrieval call binding the contract method 0xb43410a8.
//
// Solidity: function checkBounds(uint64 epoch, uint256 balance, uint256 validators) view returns()
func (_Oracle *OracleCaller) CheckBounds(opts *bind.CallOpts, epoch uint64, balance *big.Int, validators *big.Int) error {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "checkBounds", epoch, balance, validators)

	if err != nil {
		return err
	}

	return err

}

// CheckBounds is a free data retrieval call binding the contract method 0xb43410a8.
//
// Solidity: function checkBounds(uint64 epoch, uint256 balance, uint256 validators) view returns()
func (_Oracle *OracleSession) CheckBounds(epoch uint64, balance *big.Int, validators *big.Int) error {
	return _Oracle.Contract.CheckBounds(&_Oracle.CallOpts, epoch, balance, validators)
}

// CheckBounds is a free data retrieval call binding the contract method 0xb43410a8.
//
// Solidity: function checkBounds(uint64 epoch, uint256 balance, uint256 validators) view returns()
func (_Oracle *OracleCallerSession) CheckBounds(epoch uint64, balance *big.Int, validators *big.Int) error {
	return _Oracle.Contract.CheckBounds(&_Oracle.CallOpts, epoch, balance, validators)
}

// Factory is a free data retrieval call binding the contract method 0xc45a0155.
//
// Solidity: function factory() view returns(address)
func (_Oracle *OracleCaller) Factory(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "factory")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Factory is a free data retrieval call binding the contract method 0xc45a0155.
//
// Solidity: function factory() view returns(address)
func (_Oracle *OracleSession) Factory() (common.Address, error) {
	return _Oracle.Contract.Factory(&_Oracle.CallOpts)
}

// Factory is a free data retrieval call binding the contract method 0xc45a0155.
//
// Solidity: function factory() view returns(address)
func (_Oracle *OracleCallerSession) Factory() (common.Address, error) {
	return _Oracle.Contract.Factory(&_Oracle.CallOpts)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_Oracle *OracleCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_Oracle *OracleSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _Oracle.Contract.GetRoleAdmin(&_Oracle.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_Oracle *OracleCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _Oracle.Contract.GetRoleAdmin(&_Oracle.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_Oracle *OracleCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_Oracle *OracleSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _Oracle.Contract.HasRole(&_Oracle.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_Oracle *OracleCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _Oracle.Contract.HasRole(&_Oracle.CallOpts, role, account)
}

// IsMember is a free data retrieval call binding the contract method 0xa230c524.
//
// Solidity: function isMember(address ) view returns(bool)
func (_Oracle *OracleCaller) IsMember(opts *bind.CallOpts, arg0 common.Address) (bool, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "isMember", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsMember is a free data retrieval call binding the contract method 0xa230c524.
//
// Solidity: function isMember(address ) view returns(bool)
func (_Oracle *OracleSession) IsMember(arg0 common.Address) (bool, error) {
	return _Oracle.Contract.IsMember(&_Oracle.CallOpts, arg0)
}

// IsMember is a free data retrieval call binding the contract method 0xa230c524.
//
// Solidity: function isMember(address ) view returns(bool)
func (_Oracle *OracleCallerSession) IsMember(arg0 common.Address) (bool, error) {
	return _Oracle.Contract.IsMember(&_Oracle.CallOpts, arg0)
}

// LastBalance is a free data retrieval call binding the contract method 0x8f1c56bd.
//
// Solidity: function lastBalance() view returns(uint256)
func (_Oracle *OracleCaller) LastBalance(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "lastBalance")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// LastBalance is a free data retrieval call binding the contract method 0x8f1c56bd.
//
// Solidity: function lastBalance() view returns(uint256)
func (_Oracle *OracleSession) LastBalance() (*big.Int, error) {
	return _Oracle.Contract.LastBalance(&_Oracle.CallOpts)
}

// LastBalance is a free data retrieval call binding the contract method 0x8f1c56bd.
//
// Solidity: function lastBalance() view returns(uint256)
func (_Oracle *OracleCallerSession) LastBalance() (*big.Int, error) {
	return _Oracle.Contract.LastBalance(&_Oracle.CallOpts)
}

// LastEpoch is a free data retrieval call binding the contract method 0x06a4c983.
//
// Solidity: function lastEpoch() view returns(uint64)
func (_Oracle *OracleCaller) LastEpoch(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "lastEpoch")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// LastEpoch is a free data retrieval call binding the contract method 0x06a4c983.
//
// Solidity: function lastEpoch() view returns(uint64)
func (_Oracle *OracleSession) LastEpoch() (uint64, error) {
	return _Oracle.Contract.LastEpoch(&_Oracle.CallOpts)
}

// LastEpoch is a free data retrieval call binding the contract method 0x06a4c983.
//
// Solidity: function lastEpoch() view returns(uint64)
func (_Oracle *OracleCallerSession) LastEpoch() (uint64, error) {
	return _Oracle.Contract.LastEpoch(&_Oracle.CallOpts)
}

// LastValidators is a free data retrieval call binding the contract method 0x55014a9e.
//
// Solidity: function lastValidators() view returns(uint256)
func (_Oracle *OracleCaller) LastValidators(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "lastValidators")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// LastValidators is a free data retrieval call binding the contract method 0x55014a9e.
//
// Solidity: function lastValidators() view returns(uint256)
func (_Oracle *OracleSession) LastValidators() (*big.Int, error) {
	return _Oracle.Contract.LastValidators(&_Oracle.CallOpts)
}

// LastValidators is a free data retrieval call binding the contract method 0x55014a9e.
//
// Solidity: function lastValidators() view returns(uint256)
func (_Oracle *OracleCallerSession) LastValidators() (*big.Int, error) {
	return _Oracle.Contract.LastValidators(&_Oracle.CallOpts)
}

// MaxAprBps is a free data retrieval call binding the contract method 0x4e317fae.
//
// Solidity: function maxAprBps() view returns(uint256)
func (_Oracle *OracleCaller) MaxAprBps(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "maxAprBps")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MaxAprBps is a free data retrieval call binding the contract method 0x4e317fae.
//
// Solidity: function maxAprBps() view returns(uint256)
func (_Oracle *OracleSession) MaxAprBps() (*big.Int, error) {
	return _Oracle.Contract.MaxAprBps(&_Oracle.CallOpts)
}

// MaxAprBps is a free data retrieval call binding the contract method 0x4e317fae.
//
// Solidity: function maxAprBps() view returns(uint256)
func (_Oracle *OracleCallerSession) MaxAprBps() (*big.Int, error) {
	return _Oracle.Contract.MaxAprBps(&_Oracle.CallOpts)
}

// MaxDecreaseBps is a free data retrieval call binding the contract method 0x2d359476.
//
// Solidity: function maxDecreaseBps() view returns(uint256)
func (_Oracle *OracleCaller) MaxDecreaseBps(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "maxDecreaseBps")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MaxDecreaseBps is a free data retrieval call binding the contract method 0x2d359476.
//
// Solidity: function maxDecreaseBps() view returns(uint256)
func (_Oracle *OracleSession) MaxDecreaseBps() (*big.Int, error) {
	return _Oracle.Contract.MaxDecreaseBps(&_Oracle.CallOpts)
}

// MaxDecreaseBps is a free data retrieval call binding the contract method 0x2d359476.
//
// Solidity: function maxDecreaseBps() view returns(uint256)
func (_Oracle *OracleCallerSession) MaxDecreaseBps() (*big.Int, error) {
	return _Oracle.Contract.MaxDecreaseBps(&_Oracle.CallOpts)
}

// MemberCount is a free data retrieval call binding the contract method 0x11aee380.
//
// Solidity: function memberCount() view returns(uint256)
func (_Oracle *OracleCaller) MemberCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "memberCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MemberCount is a free data retrieval call binding the contract method 0x11aee380.
//
// Solidity: function memberCount() view returns(uint256)
func (_Oracle *OracleSession) MemberCount() (*big.Int, error) {
	return _Oracle.Contract.MemberCount(&_Oracle.CallOpts)
}

// MemberCount is a free data retrieval call binding the contract method 0x11aee380.
//
// Solidity: function memberCount() view returns(uint256)
func (_Oracle *OracleCallerSession) MemberCount() (*big.Int, error) {
	return _Oracle.Contract.MemberCount(&_Oracle.CallOpts)
}

// Quorum is a free data retrieval call binding the contract method 0x1703a018.
//
// Solidity: function quorum() view returns(uint256)
func (_Oracle *OracleCaller) Quorum(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "quorum")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Quorum is a free data retrieval call binding the contract method 0x1703a018.
//
// Solidity: function quorum() view returns(uint256)
func (_Oracle *OracleSession) Quorum() (*big.Int, error) {
	return _Oracle.Contract.Quorum(&_Oracle.CallOpts)
}

// Quorum is a free data retrieval call binding the contract method 0x1703a018.
//
// Solidity: function quorum() view returns(uint256)
func (_Oracle *OracleCallerSession) Quorum() (*big.Int, error) {
	return _Oracle.Contract.Quorum(&_Oracle.CallOpts)
}

// StakingPool is a free data retrieval call binding the contract method 0x0c56ae3b.
//
// Solidity: function stakingPool() view returns(address)
func (_Oracle *OracleCaller) StakingPool(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "stakingPool")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// StakingPool is a free data retrieval call binding the contract method 0x0c56ae3b.
//
// Solidity: function stakingPool() view returns(address)
func (_Oracle *OracleSession) StakingPool() (common.Address, error) {
	return _Oracle.Contract.StakingPool(&_Oracle.CallOpts)
}

// StakingPool is a free data retrieval call binding the contract method 0x0c56ae3b.
//
// Solidity: function stakingPool() view returns(address)
func (_Oracle *OracleCallerSession) StakingPool() (common.Address, error) {
	return _Oracle.Contract.StakingPool(&_Oracle.CallOpts)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_Oracle *OracleCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_Oracle *OracleSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _Oracle.Contract.SupportsInterface(&_Oracle.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_Oracle *OracleCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _Oracle.Contract.SupportsInterface(&_Oracle.CallOpts, interfaceId)
}

// Voted is a free data retrieval call binding the contract method 0x624b633a.
//
// Solidity: function voted(uint64 , address ) view returns(bool)
func (_Oracle *OracleCaller) Voted(opts *bind.CallOpts, arg0 uint64, arg1 common.Address) (bool, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "voted", arg0, arg1)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Voted is a free data retrieval call binding the contract method 0x624b633a.
//
// Solidity: function voted(uint64 , address ) view returns(bool)
func (_Oracle *OracleSession) Voted(arg0 uint64, arg1 common.Address) (bool, error) {
	return _Oracle.Contract.Voted(&_Oracle.CallOpts, arg0, arg1)
}

// Voted is a free data retrieval call binding the contract method 0x624b633a.
//
// Solidity: function voted(uint64 , address ) view returns(bool)
func (_Oracle *OracleCallerSession) Voted(arg0 uint64, arg1 common.Address) (bool, error) {
	return _Oracle.Contract.Voted(&_Oracle.CallOpts, arg0, arg1)
}

// Votes is a free data retrieval call binding the contract method 0xe685d0b3.
//
// Solidity: function votes(uint64 , bytes32 ) view returns(uint256)
func (_Oracle *OracleCaller) Votes(opts *bind.CallOpts, arg0 uint64, arg1 [32]byte) (*big.Int, error) {
	var out []interface{}
	err := _Oracle.contract.Call(opts, &out, "votes", arg0, arg1)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Votes is a free data retrieval call binding the contract method 0xe685d0b3.
//
// Solidity: function votes(uint64 , bytes32 ) view returns(uint256)
func (_Oracle *OracleSession) Votes(arg0 uint64, arg1 [32]byte) (*big.Int, error) {
	return _Oracle.Contract.Votes(&_Oracle.CallOpts, arg0, arg1)
}

// Votes is a free data retrieval call binding the contract method 0xe685d0b3.
//
// Solidity: function votes(uint64 , bytes32 ) view returns(uint256)
func (_Oracle *OracleCallerSession) Votes(arg0 uint64, arg1 [32]byte) (*big.Int, error) {
	return _Oracle.Contract.Votes(&_Oracle.CallOpts, arg0, arg1)
}

// AddMember is a paid mutator transaction binding the contract method 0x98041ea3.
//
// Solidity: function addMember(address member, uint256 newQuorum) returns()
func (_Oracle *OracleTransactor) AddMember(opts *bind.TransactOpts, member common.Address, newQuorum *big.Int) (*types.Transaction, error) {
	return _Oracle.contract.Transact(opts, "addMember", member, newQuorum)
}

// AddMember is a paid mutator transaction binding the contract method 0x98041ea3.
//
// Solidity: function addMember(address member, uint256 newQuorum) returns()
func (_Oracle *OracleSession) AddMember(member common.Address, newQuorum *big.Int) (*types.Transaction, error) {
	return _Oracle.Contract.AddMember(&_Oracle.TransactOpts, member, newQuorum)
}

// AddMember is a paid mutator transaction binding the contract method 0x98041ea3.
//
// Solidity: function addMember(address member, uint256 newQuorum) returns()
func (_Oracle *OracleTransactorSession) AddMember(member common.Address, newQuorum *big.Int) (*types.Transaction, error) {
	return _Oracle.Contract.AddMember(&_Oracle.TransactOpts, member, newQuorum)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_Oracle *OracleTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Oracle.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_Oracle *OracleSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Oracle.Contract.GrantRole(&_Oracle.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_Oracle *OracleTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Oracle.Contract.GrantRole(&_Oracle.TransactOpts, role, account)
}

// RemoveMember is a paid mutator transaction binding the contract method 0x16f6f03e.
//
// Solidity: function removeMember(address member, uint256 newQuorum) returns()
func (_Oracle *OracleTransactor) RemoveMember(opts *bind.TransactOpts, member common.Address, newQuorum *big.Int) (*types.Transaction, error) {
	return _Oracle.contract.Transact(opts, "removeMember", member, newQuorum)
}

// RemoveMember is a paid mutator transaction binding the contract method 0x16f6f03e.
//
// Solidity: function removeMember(address member, uint256 newQuorum) returns()
func (_Oracle *OracleSession) RemoveMember(member common.Address, newQuorum *big.Int) (*types.Transaction, error) {
	return _Oracle.Contract.RemoveMember(&_Oracle.TransactOpts, member, newQuorum)
}

// RemoveMember is a paid mutator transaction binding the contract method 0x16f6f03e.
//
// Solidity: function removeMember(address member, uint256 newQuorum) returns()
func (_Oracle *OracleTransactorSession) RemoveMember(member common.Address, newQuorum *big.Int) (*types.Transaction, error) {
	return _Oracle.Contract.RemoveMember(&_Oracle.TransactOpts, member, newQuorum)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_Oracle *OracleTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _Oracle.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_Oracle *OracleSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _Oracle.Contract.RenounceRole(&_Oracle.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_Oracle *OracleTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _Oracle.Contract.RenounceRole(&_Oracle.TransactOpts, role, callerConfirmation)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_Oracle *OracleTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Oracle.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_Oracle *OracleSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Oracle.Contract.RevokeRole(&_Oracle.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_Oracle *OracleTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Oracle.Contract.RevokeRole(&_Oracle.TransactOpts, role, account)
}

// SetBounds is a paid mutator transaction binding the contract method 0xc909e6ce.
//
// Solidity: function setBounds(uint256 maxApr, uint256 maxDecrease) returns()
func (_Oracle *OracleTransactor) SetBounds(opts *bind.TransactOpts, maxApr *big.Int, maxDecrease *big.Int) (*types.Transaction, error) {
	return _Oracle.contract.Transact(opts, "setBounds", maxApr, maxDecrease)
}

// SetBounds is a paid mutator transaction binding the contract method 0xc909e6ce.
//
// Solidity: function setBounds(uint256 maxApr, uint256 maxDecrease) returns()
func (_Oracle *OracleSession) SetBounds(maxApr *big.Int, maxDecrease *big.Int) (*types.Transaction, error) {
	return _Oracle.Contract.SetBounds(&_Oracle.TransactOpts, maxApr, maxDecrease)
}

// SetBounds is a paid mutator transaction binding the contract method 0xc909e6ce.
//
// Solidity: function setBounds(uint256 maxApr, uint256 maxDecrease) returns()
func (_Oracle *OracleTransactorSession) SetBounds(maxApr *big.Int, maxDecrease *big.Int) (*types.Transaction, error) {
	return _Oracle.Contract.SetBounds(&_Oracle.TransactOpts, maxApr, maxDecrease)
}

// SubmitReport is a paid mutator transaction binding the contract method 0xe5baade8.
//
// Solidity: function submitReport(uint64 epoch, uint256 beaconBalance, uint256 beaconValidators, address[] miniPools, bool[] credentialsOk) returns()
func (_Oracle *OracleTransactor) SubmitReport(opts *bind.TransactOpts, epoch uint64, beaconBalance *big.Int, beaconValidators *big.Int, miniPools []common.Address, credentialsOk []bool) (*types.Transaction, error) {
	return _Oracle.contract.Transact(opts, "submitReport", epoch, beaconBalance, beaconValidators, miniPools, credentialsOk)
}

// SubmitReport is a paid mutator transaction binding the contract method 0xe5baade8.
//
// Solidity: function submitReport(uint64 epoch, uint256 beaconBalance, uint256 beaconValidators, address[] miniPools, bool[] credentialsOk) returns()
func (_Oracle *OracleSession) SubmitReport(epoch uint64, beaconBalance *big.Int, beaconValidators *big.Int, miniPools []common.Address, credentialsOk []bool) (*types.Transaction, error) {
	return _Oracle.Contract.SubmitReport(&_Oracle.TransactOpts, epoch, beaconBalance, beaconValidators, miniPools, credentialsOk)
}

// SubmitReport is a paid mutator transaction binding the contract method 0xe5baade8.
//
// Solidity: function submitReport(uint64 epoch, uint256 beaconBalance, uint256 beaconValidators, address[] miniPools, bool[] credentialsOk) returns()
func (_Oracle *OracleTransactorSession) SubmitReport(epoch uint64, beaconBalance *big.Int, beaconValidators *big.Int, miniPools []common.Address, credentialsOk []bool) (*types.Transaction, error) {
	return _Oracle.Contract.SubmitReport(&_Oracle.TransactOpts, epoch, beaconBalance, beaconValidators, miniPools, credentialsOk)
}

// OracleBoundsChangedIterator is returned from FilterBoundsChanged and is used to iterate over the raw logs and unpacked data for BoundsChanged events raised by the Oracle contract.
type OracleBoundsChangedIterator struct {
	Event *OracleBoundsChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OracleBoundsChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OracleBoundsChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OracleBoundsChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OracleBoundsChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OracleBoundsChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OracleBoundsChanged represents a BoundsChanged event raised by the Oracle contract.
type OracleBoundsChanged struct {
	MaxAprBps      *big.Int
	MaxDecreaseBps *big.Int
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterBoundsChanged is a free log retrieval operation binding the contract event 0x817f73ca73ef8c362e0a33b43e0880fa79366d730871525d503b94b880faeae5.
//
// Solidity: event BoundsChanged(uint256 maxAprBps, uint256 maxDecreaseBps)
func (_Oracle *OracleFilterer) FilterBoundsChanged(opts *bind.FilterOpts) (*OracleBoundsChangedIterator, error) {

	logs, sub, err := _Oracle.contract.FilterLogs(opts, "BoundsChanged")
	if err != nil {
		return nil, err
	}
	return &OracleBoundsChangedIterator{contract: _Oracle.contract, event: "BoundsChanged", logs: logs, sub: sub}, nil
}

// WatchBoundsChanged is a free log subscription operation binding the contract event 0x817f73ca73ef8c362e0a33b43e0880fa79366d730871525d503b94b880faeae5.
//
// Solidity: event BoundsChanged(uint256 maxAprBps, uint256 maxDecreaseBps)
func (_Oracle *OracleFilterer) WatchBoundsChanged(opts *bind.WatchOpts, sink chan<- *OracleBoundsChanged) (event.Subscription, error) {

	logs, sub, err := _Oracle.contract.WatchLogs(opts, "BoundsChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OracleBoundsChanged)
				if err := _Oracle.contract.UnpackLog(event, "BoundsChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseBoundsChanged is a log parse operation binding the contract event 0x817f73ca73ef8c362e0a33b43e0880fa79366d730871525d503b94b880faeae5.
//
// Solidity: event BoundsChanged(uint256 maxAprBps, uint256 maxDecreaseBps)
func (_Oracle *OracleFilterer) ParseBoundsChanged(log types.Log) (*OracleBoundsChanged, error) {
	event := new(OracleBoundsChanged)
	if err := _Oracle.contract.UnpackLog(event, "BoundsChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OracleMemberAddedIterator is returned from FilterMemberAdded and is used to iterate over the raw logs and unpacked data for MemberAdded events raised by the Oracle contract.
type OracleMemberAddedIterator struct {
	Event *OracleMemberAdded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OracleMemberAddedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OracleMemberAdded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OracleMemberAdded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OracleMemberAddedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OracleMemberAddedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OracleMemberAdded represents a MemberAdded event raised by the Oracle contract.
type OracleMemberAdded struct {
	Member common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterMemberAdded is a free log retrieval operation binding the contract event 0xb251eb052afc73ffd02ffe85ad79990a8b3fed60d76dbc2fa2fdd7123dffd914.
//
// Solidity: event MemberAdded(address indexed member)
func (_Oracle *OracleFilterer) FilterMemberAdded(opts *bind.FilterOpts, member []common.Address) (*OracleMemberAddedIterator, error) {

	var memberRule []interface{}
	for _, memberItem := range member {
		memberRule = append(memberRule, memberItem)
	}

	logs, sub, err := _Oracle.contract.FilterLogs(opts, "MemberAdded", memberRule)
	if err != nil {
		return nil, err
	}
	return &OracleMemberAddedIterator{contract: _Oracle.contract, event: "MemberAdded", logs: logs, sub: sub}, nil
}

// WatchMemberAdded is a free log subscription operation binding the contract event 0xb251eb052afc73ffd02ffe85ad79990a8b3fed60d76dbc2fa2fdd7123dffd914.
//
// Solidity: event MemberAdded(address indexed member)
func (_Oracle *OracleFilterer) WatchMemberAdded(opts *bind.WatchOpts, sink chan<- *OracleMemberAdded, member []common.Address) (event.Subscription, error) {

	var memberRule []interface{}
	for _, memberItem := range member {
		memberRule = append(memberRule, memberItem)
	}

	logs, sub, err := _Oracle.contract.WatchLogs(opts, "MemberAdded", memberRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OracleMemberAdded)
				if err := _Oracle.contract.UnpackLog(event, "MemberAdded", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseMemberAdded is a log parse operation binding the contract event 0xb251eb052afc73ffd02ffe85ad79990a8b3fed60d76dbc2fa2fdd7123dffd914.
//
// Solidity: event MemberAdded(address indexed member)
func (_Oracle *OracleFilterer) ParseMemberAdded(log types.Log) (*OracleMemberAdded, error) {
	event := new(OracleMemberAdded)
	if err := _Oracle.contract.UnpackLog(event, "MemberAdded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OracleMemberRemovedIterator is returned from FilterMemberRemoved and is used to iterate over the raw logs and unpacked data for MemberRemoved events raised by the Oracle contract.
type OracleMemberRemovedIterator struct {
	Event *OracleMemberRemoved // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OracleMemberRemovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OracleMemberRemoved)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OracleMemberRemoved)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OracleMemberRemovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OracleMemberRemovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OracleMemberRemoved represents a MemberRemoved event raised by the Oracle contract.
type OracleMemberRemoved struct {
	Member common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterMemberRemoved is a free log retrieval operation binding the contract event 0x6e76fb4c77256006d9c38ec7d82b45a8c8f3c27b1d6766fffc42dfb8de684492.
//
// Solidity: event MemberRemoved(address indexed member)
func (_Oracle *OracleFilterer) FilterMemberRemoved(opts *bind.FilterOpts, member []common.Address) (*OracleMemberRemovedIterator, error) {

	var memberRule []interface{}
	for _, memberItem := range member {
		memberRule = append(memberRule, memberItem)
	}

	logs, sub, err := _Oracle.contract.FilterLogs(opts, "MemberRemoved", memberRule)
	if err != nil {
		return nil, err
	}
	return &OracleMemberRemovedIterator{contract: _Oracle.contract, event: "MemberRemoved", logs: logs, sub: sub}, nil
}

// WatchMemberRemoved is a free log subscription operation binding the contract event 0x6e76fb4c77256006d9c38ec7d82b45a8c8f3c27b1d6766fffc42dfb8de684492.
//
// Solidity: event MemberRemoved(address indexed member)
func (_Oracle *OracleFilterer) WatchMemberRemoved(opts *bind.WatchOpts, sink chan<- *OracleMemberRemoved, member []common.Address) (event.Subscription, error) {

	var memberRule []interface{}
	for _, memberItem := range member {
		memberRule = append(memberRule, memberItem)
	}

	logs, sub, err := _Oracle.contract.WatchLogs(opts, "MemberRemoved", memberRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OracleMemberRemoved)
				if err := _Oracle.contract.UnpackLog(event, "MemberRemoved", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseMemberRemoved is a log parse operation binding the contract event 0x6e76fb4c77256006d9c38ec7d82b45a8c8f3c27b1d6766fffc42dfb8de684492.
//
// Solidity: event MemberRemoved(address indexed member)
func (_Oracle *OracleFilterer) ParseMemberRemoved(log types.Log) (*OracleMemberRemoved, error) {
	event := new(OracleMemberRemoved)
	if err := _Oracle.contract.UnpackLog(event, "MemberRemoved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OracleQuorumChangedIterator is returned from FilterQuorumChanged and is used to iterate over the raw logs and unpacked data for QuorumChanged events raised by the Oracle contract.
type OracleQuorumChangedIterator struct {
	Event *OracleQuorumChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OracleQuorumChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OracleQuorumChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OracleQuorumChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OracleQuorumChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OracleQuorumChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OracleQuorumChanged represents a QuorumChanged event raised by the Oracle contract.
type OracleQuorumChanged struct {
	Quorum *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterQuorumChanged is a free log retrieval operation binding the contract event 0x027863d12a407097e086a48e36475bfc859d0b200b7e6f65b5fd3b218e46632e.
//
// Solidity: event QuorumChanged(uint256 quorum)
func (_Oracle *OracleFilterer) FilterQuorumChanged(opts *bind.FilterOpts) (*OracleQuorumChangedIterator, error) {

	logs, sub, err := _Oracle.contract.FilterLogs(opts, "QuorumChanged")
	if err != nil {
		return nil, err
	}
	return &OracleQuorumChangedIterator{contract: _Oracle.contract, event: "QuorumChanged", logs: logs, sub: sub}, nil
}

// WatchQuorumChanged is a free log subscription operation binding the contract event 0x027863d12a407097e086a48e36475bfc859d0b200b7e6f65b5fd3b218e46632e.
//
// Solidity: event QuorumChanged(uint256 quorum)
func (_Oracle *OracleFilterer) WatchQuorumChanged(opts *bind.WatchOpts, sink chan<- *OracleQuorumChanged) (event.Subscription, error) {

	logs, sub, err := _Oracle.contract.WatchLogs(opts, "QuorumChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OracleQuorumChanged)
				if err := _Oracle.contract.UnpackLog(event, "QuorumChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseQuorumChanged is a log parse operation binding the contract event 0x027863d12a407097e086a48e36475bfc859d0b200b7e6f65b5fd3b218e46632e.
//
// Solidity: event QuorumChanged(uint256 quorum)
func (_Oracle *OracleFilterer) ParseQuorumChanged(log types.Log) (*OracleQuorumChanged, error) {
	event := new(OracleQuorumChanged)
	if err := _Oracle.contract.UnpackLog(event, "QuorumChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OracleReportAppliedIterator is returned from FilterReportApplied and is used to iterate over the raw logs and unpacked data for ReportApplied events raised by the Oracle contract.
type OracleReportAppliedIterator struct {
	Event *OracleReportApplied // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OracleReportAppliedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OracleReportApplied)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OracleReportApplied)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OracleReportAppliedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OracleReportAppliedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OracleReportApplied represents a ReportApplied event raised by the Oracle contract.
type OracleReportApplied struct {
	Epoch            uint64
	ReportHash       [32]byte
	BeaconBalance    *big.Int
	BeaconValidators *big.Int
	Raw              types.Log // Blockchain specific contextual infos
}

// FilterReportApplied is a free log retrieval operation binding the contract event 0x9539ecd0b4fb4f6246a24a1582e67f276c57533f66581a41e7bef6d56e2e4c9c.
//
// Solidity: event ReportApplied(uint64 indexed epoch, bytes32 reportHash, uint256 beaconBalance, uint256 beaconValidators)
func (_Oracle *OracleFilterer) FilterReportApplied(opts *bind.FilterOpts, epoch []uint64) (*OracleReportAppliedIterator, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _Oracle.contract.FilterLogs(opts, "ReportApplied", epochRule)
	if err != nil {
		return nil, err
	}
	return &OracleReportAppliedIterator{contract: _Oracle.contract, event: "ReportApplied", logs: logs, sub: sub}, nil
}

// WatchReportApplied is a free log subscription operation binding the contract event 0x9539ecd0b4fb4f6246a24a1582e67f276c57533f66581a41e7bef6d56e2e4c9c.
//
// Solidity: event ReportApplied(uint64 indexed epoch, bytes32 reportHash, uint256 beaconBalance, uint256 beaconValidators)
func (_Oracle *OracleFilterer) WatchReportApplied(opts *bind.WatchOpts, sink chan<- *OracleReportApplied, epoch []uint64) (event.Subscription, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _Oracle.contract.WatchLogs(opts, "ReportApplied", epochRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OracleReportApplied)
				if err := _Oracle.contract.UnpackLog(event, "ReportApplied", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseReportApplied is a log parse operation binding the contract event 0x9539ecd0b4fb4f6246a24a1582e67f276c57533f66581a41e7bef6d56e2e4c9c.
//
// Solidity: event ReportApplied(uint64 indexed epoch, bytes32 reportHash, uint256 beaconBalance, uint256 beaconValidators)
func (_Oracle *OracleFilterer) ParseReportApplied(log types.Log) (*OracleReportApplied, error) {
	event := new(OracleReportApplied)
	if err := _Oracle.contract.UnpackLog(event, "ReportApplied", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OracleReportSubmittedIterator is returned from FilterReportSubmitted and is used to iterate over the raw logs and unpacked data for ReportSubmitted events raised by the Oracle contract.
type OracleReportSubmittedIterator struct {
	Event *OracleReportSubmitted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OracleReportSubmittedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OracleReportSubmitted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OracleReportSubmitted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OracleReportSubmittedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OracleReportSubmittedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OracleReportSubmitted represents a ReportSubmitted event raised by the Oracle contract.
type OracleReportSubmitted struct {
	Epoch      uint64
	Member     common.Address
	ReportHash [32]byte
	Votes      *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterReportSubmitted is a free log retrieval operation binding the contract event 0x8845e8b7760cab7df092e44838abbaf7fe243379d60d738cab40bc3377cb0b35.
//
// Solidity: event ReportSubmitted(uint64 indexed epoch, address indexed member, bytes32 reportHash, uint256 votes)
func (_Oracle *OracleFilterer) FilterReportSubmitted(opts *bind.FilterOpts, epoch []uint64, member []common.Address) (*OracleReportSubmittedIterator, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}
	var memberRule []interface{}
	for _, memberItem := range member {
		memberRule = append(memberRule, memberItem)
	}

	logs, sub, err := _Oracle.contract.FilterLogs(opts, "ReportSubmitted", epochRule, memberRule)
	if err != nil {
		return nil, err
	}
	return &OracleReportSubmittedIterator{contract: _Oracle.contract, event: "ReportSubmitted", logs: logs, sub: sub}, nil
}

// WatchReportSubmitted is a free log subscription operation binding the contract event 0x8845e8b7760cab7df092e44838abbaf7fe243379d60d738cab40bc3377cb0b35.
//
// Solidity: event ReportSubmitted(uint64 indexed epoch, address indexed member, bytes32 reportHash, uint256 votes)
func (_Oracle *OracleFilterer) WatchReportSubmitted(opts *bind.WatchOpts, sink chan<- *OracleReportSubmitted, epoch []uint64, member []common.Address) (event.Subscription, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}
	var memberRule []interface{}
	for _, memberItem := range member {
		memberRule = append(memberRule, memberItem)
	}

	logs, sub, err := _Oracle.contract.WatchLogs(opts, "ReportSubmitted", epochRule, memberRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OracleReportSubmitted)
				if err := _Oracle.contract.UnpackLog(event, "ReportSubmitted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseReportSubmitted is a log parse operation binding the contract event 0x8845e8b7760cab7df092e44838abbaf7fe243379d60d738cab40bc3377cb0b35.
//
// Solidity: event ReportSubmitted(uint64 indexed epoch, address indexed member, bytes32 reportHash, uint256 votes)
func (_Oracle *OracleFilterer) ParseReportSubmitted(log types.Log) (*OracleReportSubmitted, error) {
	event := new(OracleReportSubmitted)
	if err := _Oracle.contract.UnpackLog(event, "ReportSubmitted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OracleRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the Oracle contract.
type OracleRoleAdminChangedIterator struct {
	Event *OracleRoleAdminChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OracleRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OracleRoleAdminChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OracleRoleAdminChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OracleRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OracleRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OracleRoleAdminChanged represents a RoleAdminChanged event raised by the Oracle contract.
type OracleRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_Oracle *OracleFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*OracleRoleAdminChangedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _Oracle.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &OracleRoleAdminChangedIterator{contract: _Oracle.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_Oracle *OracleFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *OracleRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _Oracle.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OracleRoleAdminChanged)
				if err := _Oracle.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleAdminChanged is a log parse operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_Oracle *OracleFilterer) ParseRoleAdminChanged(log types.Log) (*OracleRoleAdminChanged, error) {
	event := new(OracleRoleAdminChanged)
	if err := _Oracle.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OracleRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the Oracle contract.
type OracleRoleGrantedIterator struct {
	Event *OracleRoleGranted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OracleRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OracleRoleGranted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OracleRoleGranted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OracleRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OracleRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OracleRoleGranted represents a RoleGranted event raised by the Oracle contract.
type OracleRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_Oracle *OracleFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*OracleRoleGrantedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _Oracle.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &OracleRoleGrantedIterator{contract: _Oracle.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_Oracle *OracleFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *OracleRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _Oracle.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OracleRoleGranted)
				if err := _Oracle.contract.UnpackLog(event, "RoleGranted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleGranted is a log parse operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_Oracle *OracleFilterer) ParseRoleGranted(log types.Log) (*OracleRoleGranted, error) {
	event := new(OracleRoleGranted)
	if err := _Oracle.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OracleRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the Oracle contract.
type OracleRoleRevokedIterator struct {
	Event *OracleRoleRevoked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OracleRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OracleRoleRevoked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OracleRoleRevoked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OracleRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OracleRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OracleRoleRevoked represents a RoleRevoked event raised by the Oracle contract.
type OracleRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_Oracle *OracleFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*OracleRoleRevokedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _Oracle.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &OracleRoleRevokedIterator{contract: _Oracle.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_Oracle *OracleFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *OracleRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _Oracle.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OracleRoleRevoked)
				if err := _Oracle.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleRevoked is a log parse operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_Oracle *OracleFilterer) ParseRoleRevoked(log types.Log) (*OracleRoleRevoked, error) {
	event := new(OracleRoleRevoked)
	if err := _Oracle.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ReentrantWithdrawerMetaData contains all meta data concerning the ReentrantWithdrawer contract.
var ReentrantWithdrawerMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractStakingPool\",\"name\":\"pool_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"attackClaim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"attackWithdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastError\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pool\",\"outputs\":[{\"internalType\":\"contractStakingPool\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentries\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentriesSucceeded\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reset\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"useClaim\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161095738038061095783398101604081905261002e9161003f565b6001600160a01b031660805261006c565b5f6020828403121561004f575f5ffd5b81516001600160a01b0381168114610065575f5ffd5b9392505050565b6080516108aa6100ad5f395f818160ac0152818161016b0152818161020f01528181610321015281816104320152818161053701526105af01526108aa5ff3fe608060405260043610610087575f3560e01c80637d647817116100575780637d647817146102a6578063d0e30db0146102c5578063d826f88f146102cd578063ddeed259146102e1578063e75d0646146102f6575f5ffd5b806316f0115b146101fe57806319e908921461024e57806329f0de3f146102625780636578986d14610283575f5ffd5b366101fa5760018054905f61009b83610696565b90915550505f5460ff1615610169577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316634e71d92d6040518163ffffffff1660e01b81526004015f604051808303815f87803b158015610102575f5ffd5b505af1925050508015610113575060015b610154573d808015610140576040519150601f19603f3d011682016040523d82523d5f602084013e610145565b606091505b5060036101528282610752565b005b60028054905f61016383610696565b91905055005b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316639ee679e86101a061031e565b6040518263ffffffff1660e01b81526004016101be91815260200190565b6020604051808303815f875af1925050508015610113575060408051601f3d908101601f191682019092526101f59181019061080d565b610154565b5f5ffd5b348015610209575f5ffd5b506102317f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b348015610259575f5ffd5b5061015261040c565b34801561026d575f5ffd5b5061027661048c565b6040516102459190610824565b34801561028e575f5ffd5b5061029860015481565b604051908152602001610245565b3480156102b1575f5ffd5b506101526102c0366004610859565b610518565b6101526105ad565b3480156102d8575f5ffd5b50610152610633565b3480156102ec575f5ffd5b5061029860025481565b348015610301575f5ffd5b505f5461030e9060ff1681565b6040519015158152602001610245565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663b00e199b6040518163ffffffff1660e01b8152600401602060405180830381865afa15801561037b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061039f9190610870565b6040516370a0823160e01b81523060048201526001600160a01b0391909116906370a0823190602401602060405180830381865afa1580156103e3573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610407919061080d565b905090565b5f805460ff1916600117815560408051634e71d92d60e01b815290516001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001692634e71d92d926004808201939182900301818387803b158015610474575f5ffd5b505af1158015610486573d5f5f3e3d5ffd5b50505050565b60038054610499906106ce565b80601f01602080910402602001604051908101604052809291908181526020018280546104c5906106ce565b80156105105780601f106104e757610100808354040283529160200191610510565b820191905f5260205f20905b8154815290600101906020018083116104f357829003601f168201915b505050505081565b5f805460ff191690556040516313dccf3d60e31b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690639ee679e8906024016020604051808303815f875af1158015610585573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105a9919061080d565b5050565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663d0e30db0346040518263ffffffff1660e01b815260040160206040518083038185885af115801561060b573d5f5f3e3d5ffd5b50505050506040513d601f19601f82011682018060405250810190610630919061080d565b50565b5f6001819055600281905561064a9060039061064c565b565b508054610658906106ce565b5f825580601f10610667575050565b601f0160209004905f5260205f209081019061063091905b80821115610692575f815560010161067f565b5090565b5f600182016106b357634e487b7160e01b5f52601160045260245ffd5b5060010190565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806106e257607f821691505b60208210810361070057634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561074d57805f5260205f20601f840160051c8101602085101561072b5750805b601f840160051c820191505b8181101561074a575f8155600101610737565b50505b505050565b815167ffffffffffffffff81111561076c5761076c6106ba565b6107808161077a84546106ce565b84610706565b6020601f8211600181146107b2575f831561079b5750848201515b5f19600385901b1c1916600184901b17845561074a565b5f84815260208120601f198516915b828110156107e157878501518255602094850194600190920191016107c1565b50848210156107fe57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b5f6020828403121561081d575f5ffd5b5051919050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f60208284031215610869575f5ffd5b5035919050565b5f60208284031215610880575f5ffd5b81516001600160a01b0381168114610896575f5ffd5b939250505056fea164736f6c634300081e000a",
}

// ReentrantWithdrawerABI is the input ABI used to generate the binding from.
// Deprecated: Use ReentrantWithdrawerMetaData.ABI instead.
var ReentrantWithdrawerABI = ReentrantWithdrawerMetaData.ABI

// ReentrantWithdrawerBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ReentrantWithdrawerMetaData.Bin instead.
var ReentrantWithdrawerBin = ReentrantWithdrawerMetaData.Bin

// DeployReentrantWithdrawer deploys a new Ethereum contract, binding an instance of ReentrantWithdrawer to it.
func DeployReentrantWithdrawer(auth *bind.TransactOpts, backend bind.ContractBackend, pool_ common.Address) (common.Address, *types.Transaction, *ReentrantWithdrawer, error) {
	parsed, err := ReentrantWithdrawerMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ReentrantWithdrawerBin), backend, pool_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ReentrantWithdrawer{ReentrantWithdrawerCaller: ReentrantWithdrawerCaller{contract: contract}, ReentrantWithdrawerTransactor: ReentrantWithdrawerTransactor{contract: contract}, ReentrantWithdrawerFilterer: ReentrantWithdrawerFilterer{contract: contract}}, nil
}

// ReentrantWithdrawer is an auto generated Go binding around an Ethereum contract.
type ReentrantWithdrawer struct {
	ReentrantWithdrawerCaller     // Read-only binding to the contract
	ReentrantWithdrawerTransactor // Write-only binding to the contract
	ReentrantWithdrawerFilterer   // Log filterer for contract events
}

// ReentrantWithdrawerCaller is an auto generated read-only Go binding around an Ethereum contract.
type ReentrantWithdrawerCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ReentrantWithdrawerTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ReentrantWithdrawerTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ReentrantWithdrawerFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ReentrantWithdrawerFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ReentrantWithdrawerSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ReentrantWithdrawerSession struct {
	Contract     *ReentrantWithdrawer // Generic contract binding to set the session for
	CallOpts     bind.CallOpts        // Call options to use throughout this session
	TransactOpts bind.TransactOpts    // Transaction auth options to use throughout this session
}

// ReentrantWithdrawerCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ReentrantWithdrawerCallerSession struct {
	Contract *ReentrantWithdrawerCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts              // Call options to use throughout this session
}

// ReentrantWithdrawerTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ReentrantWithdrawerTransactorSession struct {
	Contract     *ReentrantWithdrawerTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts              // Transaction auth options to use throughout this session
}

// ReentrantWithdrawerRaw is an auto generated low-level Go binding around an Ethereum contract.
type ReentrantWithdrawerRaw struct {
	Contract *ReentrantWithdrawer // Generic contract binding to access the raw methods on
}

// ReentrantWithdrawerCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ReentrantWithdrawerCallerRaw struct {
	Contract *ReentrantWithdrawerCaller // Generic read-only contract binding to access the raw methods on
}

// ReentrantWithdrawerTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ReentrantWithdrawerTransactorRaw struct {
	Contract *ReentrantWithdrawerTransactor // Generic write-only contract binding to access the raw methods on
}

// NewReentrantWithdrawer creates a new instance of ReentrantWithdrawer, bound to a specific deployed contract.
func NewReentrantWithdrawer(address common.Address, backend bind.ContractBackend) (*ReentrantWithdrawer, error) {
	contract, err := bindReentrantWithdrawer(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ReentrantWithdrawer{ReentrantWithdrawerCaller: ReentrantWithdrawerCaller{contract: contract}, ReentrantWithdrawerTransactor: ReentrantWithdrawerTransactor{contract: contract}, ReentrantWithdrawerFilterer: ReentrantWithdrawerFilterer{contract: contract}}, nil
}

// NewReentrantWithdrawerCaller creates a new read-only instance of ReentrantWithdrawer, bound to a specific deployed contract.
func NewReentrantWithdrawerCaller(address common.Address, caller bind.ContractCaller) (*ReentrantWithdrawerCaller, error) {
	contract, err := bindReentrantWithdrawer(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ReentrantWithdrawerCaller{contract: contract}, nil
}

// NewReentrantWithdrawerTransactor creates a new write-only instance of ReentrantWithdrawer, bound to a specific deployed contract.
func NewReentrantWithdrawerTransactor(address common.Address, transactor bind.ContractTransactor) (*ReentrantWithdrawerTransactor, error) {
	contract, err := bindReentrantWithdrawer(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ReentrantWithdrawerTransactor{contract: contract}, nil
}

// NewReentrantWithdrawerFilterer creates a new log filterer instance of ReentrantWithdrawer, bound to a specific deployed contract.
func NewReentrantWithdrawerFilterer(address common.Address, filterer bind.ContractFilterer) (*ReentrantWithdrawerFilterer, error) {
	contract, err := bindReentrantWithdrawer(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ReentrantWithdrawerFilterer{contract: contract}, nil
}

// bindReentrantWithdrawer binds a generic wrapper to an already deployed contract.
func bindReentrantWithdrawer(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ReentrantWithdrawerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ReentrantWithdrawer *ReentrantWithdrawerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ReentrantWithdrawer.Contract.ReentrantWithdrawerCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ReentrantWithdrawer *ReentrantWithdrawerRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ReentrantWithdrawer.Contract.ReentrantWithdrawerTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ReentrantWithdrawer *ReentrantWithdrawerRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ReentrantWithdrawer.Contract.ReentrantWithdrawerTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ReentrantWithdrawer *ReentrantWithdrawerCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ReentrantWithdrawer.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ReentrantWithdrawer *ReentrantWithdrawerTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ReentrantWithdrawer.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ReentrantWithdrawer *ReentrantWithdrawerTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ReentrantWithdrawer.Contract.contract.Transact(opts, method, params...)
}

// LastError is a free data retrieval call binding the contract method 0x29f0de3f.
//
// Solidity: function lastError() view returns(bytes)
func (_ReentrantWithdrawer *ReentrantWithdrawerCaller) LastError(opts *bind.CallOpts) ([]byte, error) {
	var out []interface{}
	err := _ReentrantWithdrawer.contract.Call(opts, &out, "lastError")

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// LastError is a free data retrieval call binding the contract method 0x29f0de3f.
//
// Solidity: function lastError() view returns(bytes)
func (_ReentrantWithdrawer *ReentrantWithdrawerSession) LastError() ([]byte, error) {
	return _ReentrantWithdrawer.Contract.LastError(&_ReentrantWithdrawer.CallOpts)
}

// LastError is a free data retrieval call binding the contract method 0x29f0de3f.
//
// Solidity: function lastError() view returns(bytes)
func (_ReentrantWithdrawer *ReentrantWithdrawerCallerSession) LastError() ([]byte, error) {
	return _ReentrantWithdrawer.Contract.LastError(&_ReentrantWithdrawer.CallOpts)
}

// Pool is a free data retrieval call binding the contract method 0x16f0115b.
//
// Solidity: function pool() view returns(address)
func (_ReentrantWithdrawer *ReentrantWithdrawerCaller) Pool(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ReentrantWithdrawer.contract.Call(opts, &out, "pool")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Pool is a free data retrieval call binding the contract method 0x16f0115b.
//
// Solidity: function pool() view returns(address)
func (_ReentrantWithdrawer *ReentrantWithdrawerSession) Pool() (common.Address, error) {
	return _ReentrantWithdrawer.Contract.Pool(&_ReentrantWithdrawer.CallOpts)
}

// Pool is a free data retrieval call binding the contract method 0x16f0115b.
//
// Solidity: function pool() view returns(address)
func (_ReentrantWithdrawer *ReentrantWithdrawerCallerSession) Pool() (common.Address, error) {
	return _ReentrantWithdrawer.Contract.Pool(&_ReentrantWithdrawer.CallOpts)
}

// Reentries is a free data retrieval call binding the contract method 0x6578986d.
//
// Solidity: function reentries() view returns(uint256)
func (_ReentrantWithdrawer *ReentrantWithdrawerCaller) Reentries(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ReentrantWithdrawer.contract.Call(opts, &out, "reentries")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Reentries is a free data retrieval call binding the contract method 0x6578986d.
//
// Solidity: function reentries() view returns(uint256)
func (_ReentrantWithdrawer *ReentrantWithdrawerSession) Reentries() (*big.Int, error) {
	return _ReentrantWithdrawer.Contract.Reentries(&_ReentrantWithdrawer.CallOpts)
}

// Reentries is a free data retrieval call binding the contract method 0x6578986d.
//
// Solidity: function reentries() view returns(uint256)
func (_ReentrantWithdrawer *ReentrantWithdrawerCallerSession) Reentries() (*big.Int, error) {
	return _ReentrantWithdrawer.Contract.Reentries(&_ReentrantWithdrawer.CallOpts)
}

// ReentriesSucceeded is a free data retrieval call binding the contract method 0xddeed259.
//
// Solidity: function reentriesSucceeded() view returns(uint256)
func (_ReentrantWithdrawer *ReentrantWithdrawerCaller) ReentriesSucceeded(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ReentrantWithdrawer.contract.Call(opts, &out, "reentriesSucceeded")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ReentriesSucceeded is a free data retrieval call binding the contract method 0xddeed259.
//
// Solidity: function reentriesSucceeded() view returns(uint256)
func (_ReentrantWithdrawer *ReentrantWithdrawerSession) ReentriesSucceeded() (*big.Int, error) {
	return _ReentrantWithdrawer.Contract.ReentriesSucceeded(&_ReentrantWithdrawer.CallOpts)
}

// ReentriesSucceeded is a free data retrieval call binding the contract method 0xddeed259.
//
// Solidity: function reentriesSucceeded() view returns(uint256)
func (_ReentrantWithdrawer *ReentrantWithdrawerCallerSession) ReentriesSucceeded() (*big.Int, error) {
	return _ReentrantWithdrawer.Contract.ReentriesSucceeded(&_ReentrantWithdrawer.CallOpts)
}

// UseClaim is a free data retrieval call binding the contract method 0xe75d0646.
//
// Solidity: function useClaim() view returns(bool)
func (_ReentrantWithdrawer *ReentrantWithdrawerCaller) UseClaim(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _ReentrantWithdrawer.contract.Call(opts, &out, "useClaim")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// UseClaim is a free data retrieval call binding the contract method 0xe75d0646.
//
// Solidity: function useClaim() view returns(bool)
func (_ReentrantWithdrawer *ReentrantWithdrawerSession) UseClaim() (bool, error) {
	return _ReentrantWithdrawer.Contract.UseClaim(&_ReentrantWithdrawer.CallOpts)
}

// UseClaim is a free data retrieval call binding the contract method 0xe75d0646.
//
// Solidity: function useClaim() view returns(bool)
func (_ReentrantWithdrawer *ReentrantWithdrawerCallerSession) UseClaim() (bool, error) {
	return _ReentrantWithdrawer.Contract.UseClaim(&_ReentrantWithdrawer.CallOpts)
}

// AttackClaim is a paid mutator transaction binding the contract method 0x19e90892.
//
// Solidity: function attackClaim() returns()
func (_ReentrantWithdrawer *ReentrantWithdrawerTransactor) AttackClaim(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ReentrantWithdrawer.contract.Transact(opts, "attackClaim")
}

// AttackClaim is a paid mutator transaction binding the contract method 0x19e90892.
//
// Solidity: function attackClaim() returns()
func (_ReentrantWithdrawer *ReentrantWithdrawerSession) AttackClaim() (*types.Transaction, error) {
	return _ReentrantWithdrawer.Contract.AttackClaim(&_ReentrantWithdrawer.TransactOpts)
}

// AttackClaim is a paid mutator transaction binding the contract method 0x19e90892.
//
// Solidity: function attackClaim() returns()
func (_ReentrantWithdrawer *ReentrantWithdrawerTransactorSession) AttackClaim() (*types.Transaction, error) {
	return _ReentrantWithdrawer.Contract.AttackClaim(&_ReentrantWithdrawer.TransactOpts)
}

// AttackWithdraw is a paid mutator transaction binding the contract method 0x7d647817.
//
// Solidity: function attackWithdraw(uint256 shares) returns()
func (_ReentrantWithdrawer *ReentrantWithdrawerTransactor) AttackWithdraw(opts *bind.TransactOpts, shares *big.Int) (*types.Transaction, error) {
	return _ReentrantWithdrawer.contract.Transact(opts, "attackWithdraw", shares)
}

// AttackWithdraw is a paid mutator transaction binding the contract method 0x7d647817.
//
// Solidity: function attackWithdraw(uint256 shares) returns()
func (_ReentrantWithdrawer *ReentrantWithdrawerSession) AttackWithdraw(shares *big.Int) (*types.Transaction, error) {
	return _ReentrantWithdrawer.Contract.AttackWithdraw(&_ReentrantWithdrawer.TransactOpts, shares)
}

// AttackWithdraw is a paid mutator transaction binding the contract method 0x7d647817.
//
// Solidity: function attackWithdraw(uint256 shares) returns()
func (_ReentrantWithdrawer *ReentrantWithdrawerTransactorSession) AttackWithdraw(shares *big.Int) (*types.Transaction, error) {
	return _ReentrantWithdrawer.Contract.AttackWithdraw(&_ReentrantWithdrawer.TransactOpts, shares)
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns()
func (_ReentrantWithdrawer *ReentrantWithdrawerTransactor) Deposit(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ReentrantWithdrawer.contract.Transact(opts, "deposit")
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns()
func (_ReentrantWithdrawer *ReentrantWithdrawerSession) Deposit() (*types.Transaction, error) {
	return _ReentrantWithdrawer.Contract.Deposit(&_ReentrantWithdrawer.TransactOpts)
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns()
func (_ReentrantWithdrawer *ReentrantWithdrawerTransactorSession) Deposit() (*types.Transaction, error) {
	return _ReentrantWithdrawer.Contract.Deposit(&_ReentrantWithdrawer.TransactOpts)
}

// Reset is a paid mutator transaction binding the contract method 0xd826f88f.
//
// Solidity: function reset() returns()
func (_ReentrantWithdrawer *ReentrantWithdrawerTransactor) Reset(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ReentrantWithdrawer.contract.Transact(opts, "reset")
}

// Reset is a paid mutator transaction binding the contract method 0xd826f88f.
//
// Solidity: function reset() returns()
func (_ReentrantWithdrawer *ReentrantWithdrawerSession) Reset() (*types.Transaction, error) {
	return _ReentrantWithdrawer.Contract.Reset(&_ReentrantWithdrawer.TransactOpts)
}

// Reset is a paid mutator transaction binding the contract method 0xd826f88f.
//
// Solidity: function reset() returns()
func (_ReentrantWithdrawer *ReentrantWithdrawerTransactorSession) Reset() (*types.Transaction, error) {
	return _ReentrantWithdrawer.Contract.Reset(&_ReentrantWithdrawer.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_ReentrantWithdrawer *ReentrantWithdrawerTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ReentrantWithdrawer.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_ReentrantWithdrawer *ReentrantWithdrawerSession) Receive() (*types.Transaction, error) {
	return _ReentrantWithdrawer.Contract.Receive(&_ReentrantWithdrawer.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_ReentrantWithdrawer *ReentrantWithdrawerTransactorSession) Receive() (*types.Transaction, error) {
	return _ReentrantWithdrawer.Contract.Receive(&_ReentrantWithdrawer.TransactOpts)
}

// StakingPoolMetaData contains all meta data concerning the StakingPool contract.
var StakingPoolMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commission\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"part\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"}],\"name\":\"DepositTooSmall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EtherTransferFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FactoryAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotMiniPool\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"last\",\"type\":\"uint64\"}],\"name\":\"StaleEpoch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"reported\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"funded\",\"type\":\"uint256\"}],\"name\":\"TooManyBeaconValidators\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroShares\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"miniPool\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"MiniPoolExited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"miniPool\",\"type\":\"address\"}],\"name\":\"MiniPoolFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"miniPool\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"MiniPoolQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"beaconBalance\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"beaconValidators\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalPooledEther\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalShares\",\"type\":\"uint256\"}],\"name\":\"OracleReport\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"miniPool\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RewardsReceived\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawalFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawalQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_DEPOSIT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ORACLE_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VALIDATOR_BALANCE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"beaconBalance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"beaconResult\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"beaconValidators\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bufferedEther\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"claimable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"commissionBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"miniPool\",\"type\":\"address\"}],\"name\":\"enqueueMiniPool\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"factory\",\"outputs\":[{\"internalType\":\"contractIMiniPoolFactory\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"finalizeWithdrawals\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"done\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"fundMiniPools\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"done\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"fundedMiniPools\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ksETH\",\"outputs\":[{\"internalType\":\"contractKsETH\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"miniPoolPart\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"miniPoolQueueLength\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"onMiniPoolExit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validators\",\"type\":\"uint256\"}],\"name\":\"onOracleReport\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingWithdrawals\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"receiveRewards\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reportEpoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"requestWithdrawal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIMiniPoolFactory\",\"name\":\"f\",\"type\":\"address\"}],\"name\":\"setFactory\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalPooledEther\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawalQueueLength\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60e060405234801561000f575f5ffd5b506040516128be3803806128be83398101604081905261002e91610187565b60018055612710831180159061004357505f82115b80156100685750610065670de0b6b3a76400006801bc16d674ec8000006101c9565b82105b610070575f5ffd5b60c0839052608082905260405130906100889061017a565b6001600160a01b039091168152602001604051809103905ff0801580156100b1573d5f5f3e3d5ffd5b506001600160a01b031660a0526100c85f826100d1565b505050506101e8565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610171575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101293390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610174565b505f5b92915050565b610b8880611d3683390190565b5f5f5f60608486031215610199575f5ffd5b83516020850151604086015191945092506001600160a01b03811681146101be575f5ffd5b809150509250925092565b8181038181111561017457634e487b7160e01b5f52601160045260245ffd5b60805160a05160c051611ac961026d5f395f81816106010152610b7301525f818161053c0152818161069701528181610d9801528181610e510152818161133b01528181611445015261160b01525f818161031b01528181610a9301528181610b2801528181610bb80152818161104d015281816110c901526111530152611ac95ff3fe608060405260043610610207575f3560e01c806391d1485411610113578063b00e199b1161009d578063d0e30db01161006d578063d0e30db0146105c9578063d547741f146105d1578063d6b45038146105f0578063e1e158a514610623578063fb507ef51461063e575f5ffd5b8063b00e199b1461052b578063b3a6cf6c14610576578063beca03d514610595578063c45a0155146105aa575f5ffd5b8063a13a804a116100e3578063a13a804a146104b3578063a217fddf146104cf578063a2dad125146104e2578063a4889abe146104f7578063a8d1f82214610516575f5ffd5b806391d148541461044157806391e0b2ef14610460578063978bba7a1461047f5780639ee679e814610494575f5ffd5b80634e71d92d1161019457806369415b861161016457806369415b86146103b7578063739e8664146103cb5780637c2b144b146103df5780638333c521146103f4578063864efacb1461042d575f5ffd5b80634e71d92d146103685780635a4eacfa1461037c5780635bb4780814610390578063631cbe3c146103af575f5ffd5b80632f2ff15d116101da5780632f2ff15d146102c257806332e5e959146102e357806336568abe146102eb57806337778f4d1461030a578063402914f51461033d575f5ffd5b806301ffc9a71461020b57806307e2cea51461023f578063248a9ca3146102805780632c4e722e146102ae575b5f5ffd5b348015610216575f5ffd5b5061022a61022536600461188e565b61065d565b60405190151581526020015b60405180910390f35b34801561024a575f5ffd5b506102727f68e79a7bf1e0bc45d0a330c573bc367f9cf464fd326078812f301165fbda4ef181565b604051908152602001610236565b34801561028b575f5ffd5b5061027261029a3660046118bc565b5f9081526020819052604090206001015490565b3480156102b9575f5ffd5b50610272610693565b3480156102cd575f5ffd5b506102e16102dc3660046118e7565b610757565b005b6102e1610781565b3480156102f6575f5ffd5b506102e16103053660046118e7565b610871565b348015610315575f5ffd5b506102727f000000000000000000000000000000000000000000000000000000000000000081565b348015610348575f5ffd5b50610272610357366004611915565b600d6020525f908152604090205481565b348015610373575f5ffd5b506102e16108a9565b348015610387575f5ffd5b50610272610942565b34801561039b575f5ffd5b506102e16103aa366004611915565b610958565b6102e16109af565b3480156103c2575f5ffd5b50610272610a80565b3480156103d6575f5ffd5b50610272610af7565b3480156103ea575f5ffd5b5061027260035481565b3480156103ff575f5ffd5b506006546104149067ffffffffffffffff1681565b60405167ffffffffffffffff9091168152602001610236565b348015610438575f5ffd5b50610272610c02565b34801561044c575f5ffd5b5061022a61045b3660046118e7565b610c13565b34801561046b575f5ffd5b506102e161047a366004611915565b610c3b565b34801561048a575f5ffd5b5061027260085481565b34801561049f575f5ffd5b506102726104ae3660046118bc565b610d6c565b3480156104be575f5ffd5b506102726801bc16d674ec80000081565b3480156104da575f5ffd5b506102725f81565b3480156104ed575f5ffd5b5061027260055481565b348015610502575f5ffd5b506102726105113660046118bc565b611029565b348015610521575f5ffd5b5061027260075481565b348015610536575f5ffd5b5061055e7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610236565b348015610581575f5ffd5b506102726105903660046118bc565b6111c6565b3480156105a0575f5ffd5b5061027260045481565b3480156105b5575f5ffd5b5060025461055e906001600160a01b031681565b6102726112f6565b3480156105dc575f5ffd5b506102e16105eb3660046118e7565b6114ed565b3480156105fb575f5ffd5b506102727f000000000000000000000000000000000000000000000000000000000000000081565b34801561062e575f5ffd5b5061027267016345785d8a000081565b348015610649575f5ffd5b506102e1610658366004611930565b611511565b5f6001600160e01b03198216637965db0b60e01b148061068d57506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166318160ddd6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156106f1573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610715919061196e565b905080156107475780610726610a80565b61073890670de0b6b3a7640000611999565b61074291906119b0565b610751565b670de0b6b3a76400005b91505090565b5f82815260208190526040902060010154610771816116b2565b61077b83836116bf565b50505050565b6002546040516350c57b0160e01b81523360048201526001600160a01b03909116906350c57b0190602401602060405180830381865afa1580156107c7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107eb91906119cf565b61080f57604051634c1f4a2d60e11b81523360048201526024015b60405180910390fd5b3460035f82825461082091906119ee565b909155505060058054905f61083483611a01565b909155505060405134815233907f052c58d63b726d746b10f2806cb1856afac35b155d67d248f7ffd7da0d55892c906020015b60405180910390a2565b6001600160a01b038116331461089a5760405163334bd91960e11b815260040160405180910390fd5b6108a4828261174e565b505050565b6108b16117b7565b335f908152600d6020526040812054908190036108e1576040516312d37ee560e31b815260040160405180910390fd5b335f818152600d602052604080822091909155517fd8138f8a3f377c5259ca548e70e4c2de94f129f5a11036a15b69513cba2b426a906109249084815260200190565b60405180910390a261093633826117e1565b5061094060018055565b565b600c54600b545f9161095391611a16565b905090565b5f610962816116b2565b6002546001600160a01b03161561098c576040516302a98a3760e31b815260040160405180910390fd5b50600280546001600160a01b0319166001600160a01b0392909216919091179055565b6002546040516350c57b0160e01b81523360048201526001600160a01b03909116906350c57b0190602401602060405180830381865afa1580156109f5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a1991906119cf565b610a3857604051634c1f4a2d60e11b8152336004820152602401610806565b3460035f828254610a4991906119ee565b909155505060405134815233907f577e40010b42fd80bafa850999e7cec91750c749202445266b373708c592942090602001610867565b5f5f610a8a610af7565b600554610ab7907f0000000000000000000000000000000000000000000000000000000000000000611999565b600354610ac491906119ee565b610ace9190611a29565b90505f60045482610adf9190611a50565b90505f8113610aee575f610af0565b805b9250505090565b5f5f6008546801bc16d674ec800000610b109190611999565b90508060075410610bac575f6801bc16d674ec8000007f000000000000000000000000000000000000000000000000000000000000000083600754610b559190611a16565b610b5f9190611999565b610b6991906119b0565b9050612710610b987f000000000000000000000000000000000000000000000000000000000000000083611999565b610ba291906119b0565b610af09082611a16565b6801bc16d674ec8000007f000000000000000000000000000000000000000000000000000000000000000060075483610be59190611a16565b610bef9190611999565b610bf991906119b0565b61075190611a76565b600a546009545f9161095391611a16565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b336001600160a01b038216141580610cbc57506002546040516350c57b0160e01b81526001600160a01b038381166004830152909116906350c57b0190602401602060405180830381865afa158015610c96573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610cba91906119cf565b155b15610cdc57604051634c1f4a2d60e11b8152336004820152602401610806565b60098054600180820183555f8390527f6e1540171b6c0c960b71a7020d9f60077f6af931a8bbf590da0223dacf75c7af90910180546001600160a01b0319166001600160a01b03851690811790915591547f8953abf1b99d41f61949242007ec55e23700430f2e3a75703ddfba92a4343d7e91610d5891611a16565b60405190815260200160405180910390a250565b5f610d756117b7565b815f03610d9557604051639811e0c760e01b815260040160405180910390fd5b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166318160ddd6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610df2573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e16919061196e565b610e1e610a80565b610e289085611999565b610e3291906119b0565b604051632770a7eb60e21b8152336004820152602481018590529091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690639dc29fac906044015f604051808303815f87803b158015610e9a575f5ffd5b505af1158015610eac573d5f5f3e3d5ffd5b5050600b54600c54149150508015610ec657508060035410155b15610f30578060035f828254610edc9190611a16565b9091555050604080518481526020810183905233917f92ccf450a286a957af52509bc1c9939d1a6a481783e142e41e2499f0bb66ebc6910160405180910390a2610f2633826117e1565b5f1991505061101b565b600b805460408051808201909152338152602081018481526001830184555f93845290517f0175b7a638427703f0dbe7bb9bbf987a2551717b34e79f33b5b1008d1fa01db96002840290810180546001600160a01b0319166001600160a01b039093169290921790915590517f0175b7a638427703f0dbe7bb9bbf987a2551717b34e79f33b5b1008d1fa01dba909101556004805491945083929091610fd79084906119ee565b90915550506040805184815260208101839052339184917fecc966b282a372469fa4d3e497c2ac17983c3eaed03f3f17c9acf4b15591663e910160405180910390a3505b61102460018055565b919050565b5f6110326117b7565b81811080156110445750600954600a54105b801561107f57507f000000000000000000000000000000000000000000000000000000000000000060045461107991906119ee565b60035410155b1561101b57600a80545f91600991908361109883611a90565b91905055815481106110ac576110ac611aa8565b5f918252602082200154600380546001600160a01b0390921693507f00000000000000000000000000000000000000000000000000000000000000009290916110f6908490611a16565b909155505060058054905f61110a83611a90565b90915550506040516001600160a01b038216907f4c4c5b6163672d1271c6418133719d1ca69a4dc4b9a0c1e7bebb4eb9860e9c53905f90a2806001600160a01b031663b60d42887f00000000000000000000000000000000000000000000000000000000000000006040518263ffffffff1660e01b81526004015f604051808303818588803b15801561119b575f5ffd5b505af11580156111ad573d5f5f3e3d5ffd5b505050505081806111bd90611a90565b92505050611032565b5f6111cf6117b7565b81811080156111e15750600b54600c54105b1561101b575f600b600c54815481106111fc576111fc611aa8565b905f5260205f20906002020190508060010154600354101561121e575061101b565b806001015460035f8282546112339190611a16565b90915550506001810154600480545f9061124e908490611a16565b9091555050600181015481546001600160a01b03165f908152600d6020526040812080549091906112809084906119ee565b90915550508054600c5460018301546040519081526001600160a01b03909216917f2144673b243cbac0f18cd0de7b99b0d8e12caf36ff781e39524425d75ba4b2739060200160405180910390a3600c8054905f6112dd83611a90565b919050555081806112ed90611a90565b925050506111cf565b5f6112ff6117b7565b67016345785d8a00003410156113385760405163253bf97d60e11b815234600482015267016345785d8a00006024820152604401610806565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166318160ddd6040518163ffffffff1660e01b8152600401602060405180830381865afa158015611395573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113b9919061196e565b90505f6113c4610a80565b90508115806113d1575080155b6113ef57806113e08334611999565b6113ea91906119b0565b6113f1565b345b9250825f0361141357604051639811e0c760e01b815260040160405180910390fd5b3460035f82825461142491906119ee565b90915550506040516340c10f1960e01b8152336004820152602481018490527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906340c10f19906044015f604051808303815f87803b15801561148e575f5ffd5b505af11580156114a0573d5f5f3e3d5ffd5b505060408051348152602081018790523393507f73a19dd210f1a7f902193214c0ee91dd35ee5b4d920cba8d519eca65a7b488ca92500160405180910390a250506114ea60018055565b90565b5f82815260208190526040902060010154611507816116b2565b61077b838361174e565b7f68e79a7bf1e0bc45d0a330c573bc367f9cf464fd326078812f301165fbda4ef161153b816116b2565b60065467ffffffffffffffff9081169085161161158357600654604051636742e21160e11b815267ffffffffffffffff80871660048301529091166024820152604401610806565b6005548211156115b4576005546040516303963a9f60e31b8152610806918491600401918252602082015260400190565b6006805467ffffffffffffffff191667ffffffffffffffff8616908117909155600784905560088390557f62813091d49da54d568015bdd83b65302206b5c303ac69eeb786bab12dda5bf88484611609610a80565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166318160ddd6040518163ffffffff1660e01b8152600401602060405180830381865afa158015611665573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611689919061196e565b60408051948552602085019390935291830152606082015260800160405180910390a250505050565b6116bc8133611851565b50565b5f6116ca8383610c13565b611747575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556116ff3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161068d565b505f61068d565b5f6117598383610c13565b15611747575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161068d565b6002600154036117da57604051633ee5aeb560e01b815260040160405180910390fd5b6002600155565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f811461182a576040519150601f19603f3d011682016040523d82523d5f602084013e61182f565b606091505b50509050806108a457604051630ce8f45160e31b815260040160405180910390fd5b61185b8282610c13565b61188a5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610806565b5050565b5f6020828403121561189e575f5ffd5b81356001600160e01b0319811681146118b5575f5ffd5b9392505050565b5f602082840312156118cc575f5ffd5b5035919050565b6001600160a01b03811681146116bc575f5ffd5b5f5f604083850312156118f8575f5ffd5b82359150602083013561190a816118d3565b809150509250929050565b5f60208284031215611925575f5ffd5b81356118b5816118d3565b5f5f5f60608486031215611942575f5ffd5b833567ffffffffffffffff81168114611959575f5ffd5b95602085013595506040909401359392505050565b5f6020828403121561197e575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b808202811582820484141761068d5761068d611985565b5f826119ca57634e487b7160e01b5f52601260045260245ffd5b500490565b5f602082840312156119df575f5ffd5b815180151581146118b5575f5ffd5b8082018082111561068d5761068d611985565b5f81611a0f57611a0f611985565b505f190190565b8181038181111561068d5761068d611985565b8082018281125f831280158216821582161715611a4857611a48611985565b505092915050565b8181035f831280158383131683831282161715611a6f57611a6f611985565b5092915050565b5f600160ff1b8201611a8a57611a8a611985565b505f0390565b5f60018201611aa157611aa1611985565b5060010190565b634e487b7160e01b5f52603260045260245ffdfea164736f6c634300081e000a608060405234801561000f575f5ffd5b50604051610b88380380610b8883398101604081905261002e91610130565b806040518060400160405280601381526020017f4b65795374616b65207374616b65642045544800000000000000000000000000815250604051806040016040528060058152602001640d6e68aa8960db1b815250816003908161009291906101f5565b50600461009f82826101f5565b5050506001600160a01b0381166100cf57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b6100d8816100df565b50506102af565b600580546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b5f60208284031215610140575f5ffd5b81516001600160a01b0381168114610156575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061018557607f821691505b6020821081036101a357634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156101f057805f5260205f20601f840160051c810160208510156101ce5750805b601f840160051c820191505b818110156101ed575f81556001016101da565b50505b505050565b81516001600160401b0381111561020e5761020e61015d565b6102228161021c8454610171565b846101a9565b6020601f821160018114610254575f831561023d5750848201515b5f19600385901b1c1916600184901b1784556101ed565b5f84815260208120601f198516915b828110156102835787850151825560209485019460019092019101610263565b50848210156102a057868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b6108cc806102bc5f395ff3fe608060405234801561000f575f5ffd5b50600436106100e5575f3560e01c8063715018a6116100885780639dc29fac116100635780639dc29fac146101c6578063a9059cbb146101d9578063dd62ed3e146101ec578063f2fde38b14610224575f5ffd5b8063715018a61461019b5780638da5cb5b146101a357806395d89b41146101be575f5ffd5b806323b872dd116100c357806323b872dd1461013c578063313ce5671461014f57806340c10f191461015e57806370a0823114610173575f5ffd5b806306fdde03146100e9578063095ea7b31461010757806318160ddd1461012a575b5f5ffd5b6100f1610237565b6040516100fe9190610765565b60405180910390f35b61011a6101153660046107b5565b6102c7565b60405190151581526020016100fe565b6002545b6040519081526020016100fe565b61011a61014a3660046107dd565b6102e0565b604051601281526020016100fe565b61017161016c3660046107b5565b610303565b005b61012e610181366004610817565b6001600160a01b03165f9081526020819052604090205490565b610171610319565b6005546040516001600160a01b0390911681526020016100fe565b6100f161032c565b6101716101d43660046107b5565b61033b565b61011a6101e73660046107b5565b61034d565b61012e6101fa366004610837565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b610171610232366004610817565b61035a565b60606003805461024690610868565b80601f016020809104026020016040519081016040528092919081815260200182805461027290610868565b80156102bd5780601f10610294576101008083540402835291602001916102bd565b820191905f5260205f20905b8154815290600101906020018083116102a057829003601f168201915b5050505050905090565b5f336102d481858561039c565b60019150505b92915050565b5f336102ed8582856103ae565b6102f885858561042a565b506001949350505050565b61030b610487565b61031582826104b4565b5050565b610321610487565b61032a5f6104e8565b565b60606004805461024690610868565b610343610487565b6103158282610539565b5f336102d481858561042a565b610362610487565b6001600160a01b03811661039057604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b610399816104e8565b50565b6103a9838383600161056d565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610424578181101561041657604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610387565b61042484848484035f61056d565b50505050565b6001600160a01b03831661045357604051634b637e8f60e11b81525f6004820152602401610387565b6001600160a01b03821661047c5760405163ec442f0560e01b81525f6004820152602401610387565b6103a983838361063f565b6005546001600160a01b0316331461032a5760405163118cdaa760e01b8152336004820152602401610387565b6001600160a01b0382166104dd5760405163ec442f0560e01b81525f6004820152602401610387565b6103155f838361063f565b600580546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b03821661056257604051634b637e8f60e11b81525f6004820152602401610387565b610315825f8361063f565b6001600160a01b0384166105965760405163e602df0560e01b81525f6004820152602401610387565b6001600160a01b0383166105bf57604051634a1406b160e11b81525f6004820152602401610387565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561042457826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161063191815260200190565b60405180910390a350505050565b6001600160a01b038316610669578060025f82825461065e91906108a0565b909155506106d99050565b6001600160a01b0383165f90815260208190526040902054818110156106bb5760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610387565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b0382166106f557600280548290039055610713565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161075891815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b03811681146107b0575f5ffd5b919050565b5f5f604083850312156107c6575f5ffd5b6107cf8361079a565b946020939093013593505050565b5f5f5f606084860312156107ef575f5ffd5b6107f88461079a565b92506108066020850161079a565b929592945050506040919091013590565b5f60208284031215610827575f5ffd5b6108308261079a565b9392505050565b5f5f60408385031215610848575f5ffd5b6108518361079a565b915061085f6020840161079a565b90509250929050565b600181811c9082168061087c57607f821691505b60208210810361089a57634e487b7160e01b5f52602260045260245ffd5b50919050565b808201808211156102da57634e487b7160e01b5f52601160045260245ffdfea164736f6c634300081e000a",
}

// StakingPoolABI is the input ABI used to generate the binding from.
// Deprecated: Use StakingPoolMetaData.ABI instead.
var StakingPoolABI = StakingPoolMetaData.ABI

// StakingPoolBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use StakingPoolMetaData.Bin instead.
var StakingPoolBin = StakingPoolMetaData.Bin

// DeployStakingPool deploys a new Ethereum contract, binding an instance of StakingPool to it.
func DeployStakingPool(auth *bind.TransactOpts, backend bind.ContractBackend, commission *big.Int, part *big.Int, admin common.Address) (common.Address, *types.Transaction, *StakingPool, error) {
	parsed, err := StakingPoolMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(StakingPoolBin), backend, commission, part, admin)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &StakingPool{StakingPoolCaller: StakingPoolCaller{contract: contract}, StakingPoolTransactor: StakingPoolTransactor{contract: contract}, StakingPoolFilterer: StakingPoolFilterer{contract: contract}}, nil
}

// StakingPool is an auto generated Go binding around an Ethereum contract.
type StakingPool struct {
	StakingPoolCaller     // Read-only binding to the contract
	StakingPoolTransactor // Write-only binding to the contract
	StakingPoolFilterer   // Log filterer for contract events
}

// StakingPoolCaller is an auto generated read-only Go binding around an Ethereum contract.
type StakingPoolCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// StakingPoolTransactor is an auto generated write-only Go binding around an Ethereum contract.
type StakingPoolTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// StakingPoolFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type StakingPoolFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// StakingPoolSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type StakingPoolSession struct {
	Contract     *StakingPool      // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// StakingPoolCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type StakingPoolCallerSession struct {
	Contract *StakingPoolCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts      // Call options to use throughout this session
}

// StakingPoolTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type StakingPoolTransactorSession struct {
	Contract     *StakingPoolTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts      // Transaction auth options to use throughout this session
}

// StakingPoolRaw is an auto generated low-level Go binding around an Ethereum contract.
type StakingPoolRaw struct {
	Contract *StakingPool // Generic contract binding to access the raw methods on
}

// StakingPoolCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type StakingPoolCallerRaw struct {
	Contract *StakingPoolCaller // Generic read-only contract binding to access the raw methods on
}

// StakingPoolTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type StakingPoolTransactorRaw struct {
	Contract *StakingPoolTransactor // Generic write-only contract binding to access the raw methods on
}

// NewStakingPool creates a new instance of StakingPool, bound to a specific deployed contract.
func NewStakingPool(address common.Address, backend bind.ContractBackend) (*StakingPool, error) {
	contract, err := bindStakingPool(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &StakingPool{StakingPoolCaller: StakingPoolCaller{contract: contract}, StakingPoolTransactor: StakingPoolTransactor{contract: contract}, StakingPoolFilterer: StakingPoolFilterer{contract: contract}}, nil
}

// NewStakingPoolCaller creates a new read-only instance of StakingPool, bound to a specific deployed contract.
func NewStakingPoolCaller(address common.Address, caller bind.ContractCaller) (*StakingPoolCaller, error) {
	contract, err := bindStakingPool(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &StakingPoolCaller{contract: contract}, nil
}

// NewStakingPoolTransactor creates a new write-only instance of StakingPool, bound to a specific deployed contract.
func NewStakingPoolTransactor(address common.Address, transactor bind.ContractTransactor) (*StakingPoolTransactor, error) {
	contract, err := bindStakingPool(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &StakingPoolTransactor{contract: contract}, nil
}

// NewStakingPoolFilterer creates a new log filterer instance of StakingPool, bound to a specific deployed contract.
func NewStakingPoolFilterer(address common.Address, filterer bind.ContractFilterer) (*StakingPoolFilterer, error) {
	contract, err := bindStakingPool(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &StakingPoolFilterer{contract: contract}, nil
}

// bindStakingPool binds a generic wrapper to an already deployed contract.
func bindStakingPool(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := StakingPoolMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_StakingPool *StakingPoolRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _StakingPool.Contract.StakingPoolCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_StakingPool *StakingPoolRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _StakingPool.Contract.StakingPoolTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_StakingPool *StakingPoolRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _StakingPool.Contract.StakingPoolTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_StakingPool *StakingPoolCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _StakingPool.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_StakingPool *StakingPoolTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _StakingPool.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_StakingPool *StakingPoolTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _StakingPool.Contract.contract.Transact(opts, method, params...)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_StakingPool *StakingPoolCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _StakingPool.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_StakingPool *StakingPoolSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _StakingPool.Contract.DEFAULTADMINROLE(&_StakingPool.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_StakingPool *StakingPoolCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _StakingPool.Contract.DEFAULTADMINROLE(&_StakingPool.CallOpts)
}

// MINDEPOSIT is a free data retrieval call binding the contract method 0xe1e158a5.
//
// Solidity: function MIN_DEPOSIT() view returns(uint256)
func (_StakingPool *StakingPoolCaller) MINDEPOSIT(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _StakingPool.contract.Call(opts, &out, "MIN_DEPOSIT")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MINDEPOSIT is a free data retrieval call binding the contract method 0xe1e158a5.
//
// Solidity: function MIN_DEPOSIT() view returns(uint256)
func (_StakingPool *StakingPoolSession) MINDEPOSIT() (*big.Int, error) {
	return _StakingPool.Contract.MINDEPOSIT(&_StakingPool.CallOpts)
}

// MINDEPOSIT is a free data retrieval call binding the contract method 0xe1e158a5.
//
// Solidity: function MIN_DEPOSIT() view returns(uint256)
func (_StakingPool *StakingPoolCallerSession) MINDEPOSIT() (*big.Int, error) {
	return _StakingPool.Contract.MINDEPOSIT(&_StakingPool.CallOpts)
}

// ORACLEROLE is a free data retrieval call binding the contract method 0x07e2cea5.
//
// Solidity: function ORACLE_ROLE() view returns(bytes32)
func (_StakingPool *StakingPoolCaller) ORACLEROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _StakingPool.contract.Call(opts, &out, "ORACLE_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ORACLEROLE is a free data retrieval call binding the contract method 0x07e2cea5.
//
// Solidity: function ORACLE_ROLE() view returns(bytes32)
func (_StakingPool *StakingPoolSession) ORACLEROLE() ([32]byte, error) {
	return _StakingPool.Contract.ORACLEROLE(&_StakingPool.CallOpts)
}

// ORACLEROLE is a free data retrieval call binding the contract method 0x07e2cea5.
//
// Solidity: function ORACLE_ROLE() view returns(bytes32)
func (_StakingPool *StakingPoolCallerSession) ORACLEROLE() ([32]byte, error) {
	return _StakingPool.Contract.ORACLEROLE(&_StakingPool.CallOpts)
}

// VALIDATORBALANCE is a free data retrieval call binding the contract method 0xa13a804a.
//
// Solidity: function VALIDATOR_BALANCE() view returns(uint256)
func (_StakingPool *StakingPoolCaller) VALIDATORBALANCE(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _StakingPool.contract.Call(opts, &out, "VALIDATOR_BALANCE")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// VALIDATORBALANCE is a free data retrieval call binding the contract method 0xa13a804a.
//
// Solidity: function VALIDATOR_BALANCE() view returns(uint256)
func (_StakingPool *StakingPoolSession) VALIDATORBALANCE() (*big.Int, error) {
	return _StakingPool.Contract.VALIDATORBALANCE(&_StakingPool.CallOpts)
}

// VALIDATORBALANCE is a free data retrieval call binding the contract method 0xa13a804a.
//
// Solidity: function VALIDATOR_BALANCE() view returns(uint256)
func (_StakingPool *StakingPoolCallerSession) VALIDATORBALANCE() (*big.Int, error) {
	return _StakingPool.Contract.VALIDATORBALANCE(&_StakingPool.CallOpts)
}

// BeaconBalance is a free data retrieval call binding the contract method 0xa8d1f822.
//
// Solidity: function beaconBalance() view returns(uint256)
func (_StakingPool *StakingPoolCaller) BeaconBalance(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _StakingPool.contract.Call(opts, &out, "beaconBalance")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BeaconBalance is a free data retrieval call binding the contract method 0xa8d1f822.
//
// Solidity: function beaconBalance() view returns(uint256)
func (_StakingPool *StakingPoolSession) BeaconBalance() (*big.Int, error) {
	return _StakingPool.Contract.BeaconBalance(&_StakingPool.CallOpts)
}

// BeaconBalance is a free data retrieval call binding the contract method 0xa8d1f822.
//
// Solidity: function beaconBalance() view returns(uint256)
func (_StakingPool *StakingPoolCallerSession) BeaconBalance() (*big.Int, error) {
	return _StakingPool.Contract.BeaconBalance(&_StakingPool.CallOpts)
}

// BeaconResult is a free data retrieval call binding the contract method 0x739e8664.
//
// Solidity: function beaconResult() view returns(int256)
func (_StakingPool *StakingPoolCaller) BeaconResult(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _StakingPool.contract.Call(opts, &out, "beaconResult")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BeaconResult is a free data retrieval call binding the contract method 0x739e8664.
//
// Solidity: function beaconResult() view returns(int256)
func (_StakingPool *StakingPoolSession) BeaconResult() (*big.Int, error) {
	return _StakingPool.Contract.BeaconResult(&_StakingPool.CallOpts)
}

// BeaconResult is a free data retrieval call binding the contract method 0x739e8664.
//
// Solidity: function beaconResult() view returns(int256)
func (_StakingPool *StakingPoolCallerSession) BeaconResult() (*big.Int, error) {
	return _StakingPool.Contract.BeaconResult(&_StakingPool.CallOpts)
}

// BeaconValidators is a free data retrieval call binding the contract method 0x978bba7a.
//
// Solidity: function beaconValidators() view returns(uint256)
func (_StakingPool *StakingPoolCaller) BeaconValidators(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _StakingPool.contract.Call(opts, &out, "beaconValidators")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BeaconValidators is a free data retrieval call binding the contract method 0x978bba7a.
//
// Solidity: function beaconValidators() view returns(uint256)
func (_StakingPool *StakingPoolSession) BeaconValidators() (*big.Int, error) {
	return _StakingPool.Contract.BeaconValidators(&_StakingPool.CallOpts)
}

// BeaconValidators is a free data retrieval call binding the contract method 0x978bba7a.
//
// Solidity: function beaconValidators() view returns(uint256)
func (_StakingPool *StakingPoolCallerSession) BeaconValidators() (*big.Int, error) {
	return _StakingPool.Contract.BeaconValidators(&_StakingPool.CallOpts)
}

// BufferedEther is a free data retrieval call binding the contract method 0x7c2b144b.
//
// Solidity: function bufferedEther() view returns(uint256)
func (_StakingPool *StakingPoolCaller) BufferedEther(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _StakingPool.contract.Call(opts, &out, "bufferedEther")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BufferedEther is a free data retrieval call binding the contract method 0x7c2b144b.
//
// Solidity: function bufferedEther() view returns(uint256)
func (_StakingPool *StakingPoolSession) BufferedEther() (*big.Int, error) {
	return _StakingPool.Contract.BufferedEther(&_StakingPool.CallOpts)
}

// BufferedEther is a free data retrieval call binding the contract method 0x7c2b144b.
//
// Solidity: function bufferedEther() view returns(uint256)
func (_StakingPool *StakingPoolCallerSession) BufferedEther() (*big.Int, error) {
	return _StakingPool.Contract.BufferedEther(&_StakingPool.CallOpts)
}

// Claimable is a free data retrieval call binding the contract method 0x402914f5.
//
// Solidity: function claimable(address ) view returns(uint256)
func (_StakingPool *StakingPoolCaller) Claimable(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _StakingPool.contract.Call(opts, &out, "claimable", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Claimable is a free data retrieval call binding the contract method 0x402914f5.
//
// Solidity: function claimable(address ) view returns(uint256)
func (_StakingPool *StakingPoolSession) Claimable(arg0 common.Address) (*big.Int, error) {
	return _StakingPool.Contract.Claimable(&_StakingPool.CallOpts, arg0)
}

// Claimable is a free data retrieval call binding the contract method 0x402914f5.
//
// Solidity: function claimable(address ) view returns(uint256)
func (_StakingPool *StakingPoolCallerSession) Claimable(arg0 common.Address) (*big.Int, error) {
	return _StakingPool.Contract.Claimable(&_StakingPool.CallOpts, arg0)
}

// CommissionBps is a free data retrieval call binding the contract method 0xd6b45038.
//
// Solidity: function commissionBps() view returns(uint256)
func (_StakingPool *StakingPoolCaller) CommissionBps(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _StakingPool.contract.Call(opts, &out, "commissionBps")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// CommissionBps is a free data retrieval call binding the contract method 0xd6b45038.
//
// Solidity: function commissionBps() view returns(uint256)
func (_StakingPool *StakingPoolSession) CommissionBps() (*big.Int, error) {
	return _StakingPool.Contract.CommissionBps(&_StakingPool.CallOpts)
}

// CommissionBps is a free data retrieval call binding the contract method 0xd6b45038.
//
// Solidity: function commissionBps() view returns(uint256)
func (_StakingPool *StakingPoolCallerSession) CommissionBps() (*big.Int, error) {
	return _StakingPool.Contract.CommissionBps(&_StakingPool.CallOpts)
}

// Factory is a free data retrieval call binding the contract method 0xc45a0155.
//
// Solidity: function factory() view returns(address)
func (_StakingPool *StakingPoolCaller) Factory(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _StakingPool.contract.Call(opts, &out, "factory")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Factory is a free data retrieval call binding the contract method 0xc45a0155.
//
// Solidity: function factory() view returns(address)
func (_StakingPool *StakingPoolSession) Factory() (common.Address, error) {
	return _StakingPool.Contract.Factory(&_StakingPool.CallOpts)
}

// Factory is a free data retrieval call binding the contract method 0xc45a0155.
//
// Solidity: function factory() view returns(address)
func (_StakingPool *StakingPoolCallerSession) Factory() (common.Address, error) {
	return _StakingPool.Contract.Factory(&_StakingPool.CallOpts)
}

// FundedMiniPools is a free data retrieval call binding the contract method 0xa2dad125.
//
// Solidity: function fundedMiniPools() view returns(uint256)
func (_StakingPool *StakingPoolCaller) FundedMiniPools(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _StakingPool.contract.Call(opts, &out, "fundedMiniPools")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// FundedMiniPools is a free data retrieval call binding the contract method 0xa2dad125.
//
// Solidity: function fundedMiniPools() view returns(uint256)
func (_StakingPool *StakingPoolSession) FundedMiniPools() (*big.Int, error) {
	return _StakingPool.Contract.FundedMiniPools(&_StakingPool.CallOpts)
}

// FundedMiniPools is a free data retrieval call binding the contract method 0xa2dad125.
//
// Solidity: function fundedMiniPools() view returns(uint256)
func (_StakingPool *StakingPoolCallerSession) FundedMiniPools() (*big.Int, error) {
	return _StakingPool.Contract.FundedMiniPools(&_StakingPool.CallOpts)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_StakingPool *StakingPoolCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _StakingPool.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_StakingPool *StakingPoolSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _StakingPool.Contract.GetRoleAdmin(&_StakingPool.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_StakingPool *StakingPoolCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _StakingPool.Contract.GetRoleAdmin(&_StakingPool.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_StakingPool *StakingPoolCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _StakingPool.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_StakingPool *StakingPoolSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _StakingPool.Contract.HasRole(&_StakingPool.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_StakingPool *StakingPoolCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _StakingPool.Contract.HasRole(&_StakingPool.CallOpts, role, account)
}

// KsETH is a free data retrieval call binding the contract method 0xb00e199b.
//
// Solidity: function ksETH() view returns(address)
func (_StakingPool *StakingPoolCaller) KsETH(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _StakingPool.contract.Call(opts, &out, "ksETH")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// KsETH is a free data retrieval call binding the contract method 0xb00e199b.
//
// Solidity: function ksETH() view returns(address)
func (_StakingPool *StakingPoolSession) KsETH() (common.Address, error) {
	return _StakingPool.Contract.KsETH(&_StakingPool.CallOpts)
}

// KsETH is a free data retrieval call binding the contract method 0xb00e199b.
//
// Solidity: function ksETH() view returns(address)
func (_StakingPool *StakingPoolCallerSession) KsETH() (common.Address, error) {
	return _StakingPool.Contract.KsETH(&_StakingPool.CallOpts)
}

// MiniPoolPart is a free data retrieval call binding the contract method 0x37778f4d.
//
// Solidity: function miniPoolPart() view returns(uint256)
func (_StakingPool *StakingPoolCaller) MiniPoolPart(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _StakingPool.contract.Call(opts, &out, "miniPoolPart")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MiniPoolPart is a free data retrieval call binding the contract method 0x37778f4d.
//
// Solidity: function miniPoolPart() view returns(uint256)
func (_StakingPool *StakingPoolSession) MiniPoolPart() (*big.Int, error) {
	return _StakingPool.Contract.MiniPoolPart(&_StakingPool.CallOpts)
}

// MiniPoolPart is a free data retrieval call binding the contract method 0x37778f4d.
//
// Solidity: function miniPoolPart() view returns(uint256)
func (_StakingPool *StakingPoolCallerSession) MiniPoolPart() (*big.Int, error) {
	return _StakingPool.Contract.MiniPoolPart(&_StakingPool.CallOpts)
}

// MiniPoolQueueLength is a free data retrieval call binding the contract method 0x864efacb.
//
// Solidity: function miniPoolQueueLength() view returns(uint256)
func (_StakingPool *StakingPoolCaller) MiniPoolQueueLength(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _StakingPool.contract.Call(opts, &out, "miniPoolQueueLength")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MiniPoolQueueLength is a free data retrieval call binding the contract method 0x864efacb.
//
// Solidity: function miniPoolQueueLength() view returns(uint256)
func (_StakingPool *StakingPoolSession) MiniPoolQueueLength() (*big.Int, error) {
	return _StakingPool.Contract.MiniPoolQueueLength(&_StakingPool.CallOpts)
}

// MiniPoolQueueLength is a free data retrieval call binding the contract method 0x864efacb.
//
// Solidity: function miniPoolQueueLength() view returns(uint256)
func (_StakingPool *StakingPoolCallerSession) MiniPoolQueueLength() (*big.Int, error) {
	return _StakingPool.Contract.MiniPoolQueueLength(&_StakingPool.CallOpts)
}

// PendingWithdrawals is a free data retrieval call binding the contract method 0xbeca03d5.
//
// Solidity: function pendingWithdrawals() view returns(uint256)
func (_StakingPool *StakingPoolCaller) PendingWithdrawals(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _StakingPool.contract.Call(opts, &out, "pendingWithdrawals")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// PendingWithdrawals is a free data retrieval call binding the contract method 0xbeca03d5.
//
// Solidity: function pendingWithdrawals() view returns(uint256)
func (_StakingPool *StakingPoolSession) PendingWithdrawals() (*big.Int, error) {
	return _StakingPool.Contract.PendingWithdrawals(&_StakingPool.CallOpts)
}

// PendingWithdrawals is a free data retrieval call binding the contract method 0xbeca03d5.
//
// Solidity: function pendingWithdrawals() view returns(uint256)
func (_StakingPool *StakingPoolCallerSession) PendingWithdrawals() (*big.Int, error) {
	return _StakingPool.Contract.PendingWithdrawals(&_StakingPool.CallOpts)
}

// Rate is a free data retrieval call binding the contract method 0x2c4e722e.
//
// Solidity: function rate() view returns(uint256)
func (_StakingPool *StakingPoolCaller) Rate(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _StakingPool.contract.Call(opts, &out, "rate")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Rate is a free data retrieval call binding the contract method 0x2c4e722e.
//
// Solidity: function rate() view returns(uint256)
func (_StakingPool *StakingPoolSession) Rate() (*big.Int, error) {
	return _StakingPool.Contract.Rate(&_StakingPool.CallOpts)
}

// Rate is a free data retrieval call binding the contract method 0x2c4e722e.
//
// Solidity: function rate() view returns(uint256)
func (_StakingPool *StakingPoolCallerSession) Rate() (*big.Int, error) {
	return _StakingPool.Contract.Rate(&_StakingPool.CallOpts)
}

// ReportEpoch is a free data retrieval call binding the contract method 0x8333c521.
//
// Solidity: function reportEpoch() view returns(uint64)
func (_StakingPool *StakingPoolCaller) ReportEpoch(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _StakingPool.contract.Call(opts, &out, "reportEpoch")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// ReportEpoch is a free data retrieval call binding the contract method 0x8333c521.
//
// Solidity: function reportEpoch() view returns(uint64)
func (_StakingPool *StakingPoolSession) ReportEpoch() (uint64, error) {
	return _StakingPool.Contract.ReportEpoch(&_StakingPool.CallOpts)
}

// ReportEpoch is a free data retrieval call binding the contract method 0x8333c521.
//
// Solidity: function reportEpoch() view returns(uint64)
func (_StakingPool *StakingPoolCallerSession) ReportEpoch() (uint64, error) {
	return _StakingPool.Contract.ReportEpoch(&_StakingPool.CallOpts)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_StakingPool *StakingPoolCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _StakingPool.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_StakingPool *StakingPoolSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _StakingPool.Contract.SupportsInterface(&_StakingPool.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_StakingPool *StakingPoolCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _StakingPool.Contract.SupportsInterface(&_StakingPool.CallOpts, interfaceId)
}

// TotalPooledEther is a free data retrieval call binding the contract method 0x69415b86.
//
// Solidity: function totalPooledEther() view returns(uint256)
func (_StakingPool *StakingPoolCaller) TotalPooledEther(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _StakingPool.contract.Call(opts, &out, "totalPooledEther")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalPooledEther is a free data retrieval call binding the contract method 0x69415b86.
//
// Solidity: function totalPooledEther() view returns(uint256)
func (_StakingPool *StakingPoolSession) TotalPooledEther() (*big.Int, error) {
	return _StakingPool.Contract.TotalPooledEther(&_StakingPool.CallOpts)
}

// TotalPooledEther is a free data retrieval call binding the contract method 0x69415b86.
//
// Solidity: function totalPooledEther() view returns(uint256)
func (_StakingPool *StakingPoolCallerSession) TotalPooledEther() (*big.Int, error) {
	return _StakingPool.Contract.TotalPooledEther(&_StakingPool.CallOpts)
}

// WithdrawalQueueLength is a free data retrieval call binding the contract method 0x5a4eacfa.
//
// Solidity: function withdrawalQueueLength() view returns(uint256)
func (_StakingPool *StakingPoolCaller) WithdrawalQueueLength(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _StakingPool.contract.Call(opts, &out, "withdrawalQueueLength")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// WithdrawalQueueLength is a free data retrieval call binding the contract method 0x5a4eacfa.
//
// Solidity: function withdrawalQueueLength() view returns(uint256)
func (_StakingPool *StakingPoolSession) WithdrawalQueueLength() (*big.Int, error) {
	return _StakingPool.Contract.WithdrawalQueueLength(&_StakingPool.CallOpts)
}

// WithdrawalQueueLength is a free data retrieval call binding the contract method 0x5a4eacfa.
//
// Solidity: function withdrawalQueueLength() view returns(uint256)
func (_StakingPool *StakingPoolCallerSession) WithdrawalQueueLength() (*big.Int, error) {
	return _StakingPool.Contract.WithdrawalQueueLength(&_StakingPool.CallOpts)
}

// Claim is a paid mutator transaction binding the contract method 0x4e71d92d.
//
// Solidity: function claim() returns()
func (_StakingPool *StakingPoolTransactor) Claim(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _StakingPool.contract.Transact(opts, "claim")
}

// Claim is a paid mutator transaction binding the contract method 0x4e71d92d.
//
// Solidity: function claim() returns()
func (_StakingPool *StakingPoolSession) Claim() (*types.Transaction, error) {
	return _StakingPool.Contract.Claim(&_StakingPool.TransactOpts)
}

// Claim is a paid mutator transaction binding the contract method 0x4e71d92d.
//
// Solidity: function claim() returns()
func (_StakingPool *StakingPoolTransactorSession) Claim() (*types.Transaction, error) {
	return _StakingPool.Contract.Claim(&_StakingPool.TransactOpts)
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns(uint256 shares)
func (_StakingPool *StakingPoolTransactor) Deposit(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _StakingPool.contract.Transact(opts, "deposit")
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns(uint256 shares)
func (_StakingPool *StakingPoolSession) Deposit() (*types.Transaction, error) {
	return _StakingPool.Contract.Deposit(&_StakingPool.TransactOpts)
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns(uint256 shares)
func (_StakingPool *StakingPoolTransactorSession) Deposit() (*types.Transaction, error) {
	return _StakingPool.Contract.Deposit(&_StakingPool.TransactOpts)
}

// EnqueueMiniPool is a paid mutator transaction binding the contract method 0x91e0b2ef.
//
// Solidity: function enqueueMiniPool(address miniPool) returns()
func (_StakingPool *StakingPoolTransactor) EnqueueMiniPool(opts *bind.TransactOpts, miniPool common.Address) (*types.Transaction, error) {
	return _StakingPool.contract.Transact(opts, "enqueueMiniPool", miniPool)
}

// EnqueueMiniPool is a paid mutator transaction binding the contract method 0x91e0b2ef.
//
// Solidity: function enqueueMiniPool(address miniPool) returns()
func (_StakingPool *StakingPoolSession) EnqueueMiniPool(miniPool common.Address) (*types.Transaction, error) {
	return _StakingPool.Contract.EnqueueMiniPool(&_StakingPool.TransactOpts, miniPool)
}

// EnqueueMiniPool is a paid mutator transaction binding the contract method 0x91e0b2ef.
//
// Solidity: function enqueueMiniPool(address miniPool) returns()
func (_StakingPool *StakingPoolTransactorSession) EnqueueMiniPool(miniPool common.Address) (*types.Transaction, error) {
	return _StakingPool.Contract.EnqueueMiniPool(&_StakingPool.TransactOpts, miniPool)
}

// FinalizeWithdrawals is a paid mutator transaction binding the contract method 0xb3a6cf6c.
//
// Solidity: function finalizeWithdrawals(uint256 max) returns(uint256 done)
func (_StakingPool *StakingPoolTransactor) FinalizeWithdrawals(opts *bind.TransactOpts, max *big.Int) (*types.Transaction, error) {
	return _StakingPool.contract.Transact(opts, "finalizeWithdrawals", max)
}

// FinalizeWithdrawals is a paid mutator transaction binding the contract method 0xb3a6cf6c.
//
// Solidity: function finalizeWithdrawals(uint256 max) returns(uint256 done)
func (_StakingPool *StakingPoolSession) FinalizeWithdrawals(max *big.Int) (*types.Transaction, error) {
	return _StakingPool.Contract.FinalizeWithdrawals(&_StakingPool.TransactOpts, max)
}

// FinalizeWithdrawals is a paid mutator transaction binding the contract method 0xb3a6cf6c.
//
// Solidity: function finalizeWithdrawals(uint256 max) returns(uint256 done)
func (_StakingPool *StakingPoolTransactorSession) FinalizeWithdrawals(max *big.Int) (*types.Transaction, error) {
	return _StakingPool.Contract.FinalizeWithdrawals(&_StakingPool.TransactOpts, max)
}

// FundMiniPools is a paid mutator transaction binding the contract method 0xa4889abe.
//
// Solidity: function fundMiniPools(uint256 max) returns(uint256 done)
func (_StakingPool *StakingPoolTransactor) FundMiniPools(opts *bind.TransactOpts, max *big.Int) (*types.Transaction, error) {
	return _StakingPool.contract.Transact(opts, "fundMiniPools", max)
}

// FundMiniPools is a paid mutator transaction binding the contract method 0xa4889abe.
//
// Solidity: function fundMiniPools(uint256 max) returns(uint256 done)
func (_StakingPool *StakingPoolSession) FundMiniPools(max *big.Int) (*types.Transaction, error) {
	return _StakingPool.Contract.FundMiniPools(&_StakingPool.TransactOpts, max)
}

// FundMiniPools is a paid mutator transaction binding the contract method 0xa4889abe.
//
// Solidity: function fundMiniPools(uint256 max) returns(uint256 done)
func (_StakingPool *StakingPoolTransactorSession) FundMiniPools(max *big.Int) (*types.Transaction, error) {
	return _StakingPool.Contract.FundMiniPools(&_StakingPool.TransactOpts, max)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_StakingPool *StakingPoolTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _StakingPool.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_StakingPool *StakingPoolSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _StakingPool.Contract.GrantRole(&_StakingPool.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_StakingPool *StakingPoolTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _StakingPool.Contract.GrantRole(&_StakingPool.TransactOpts, role, account)
}

// OnMiniPoolExit is a paid mutator transaction binding the contract method 0x32e5e959.
//
// Solidity: function onMiniPoolExit() payable returns()
func (_StakingPool *StakingPoolTransactor) OnMiniPoolExit(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _StakingPool.contract.Transact(opts, "onMiniPoolExit")
}

// OnMiniPoolExit is a paid mutator transaction binding the contract method 0x32e5e959.
//
// Solidity: function onMiniPoolExit() payable returns()
func (_StakingPool *StakingPoolSession) OnMiniPoolExit() (*types.Transaction, error) {
	return _StakingPool.Contract.OnMiniPoolExit(&_StakingPool.TransactOpts)
}

// OnMiniPoolExit is a paid mutator transaction binding the contract method 0x32e5e959.
//
// Solidity: function onMiniPoolExit() payable returns()
func (_StakingPool *StakingPoolTransactorSession) OnMiniPoolExit() (*types.Transaction, error) {
	return _StakingPool.Contract.OnMiniPoolExit(&_StakingPool.TransactOpts)
}

// OnOracleReport is a paid mutator transaction binding the contract method 0xfb507ef5.
//
// Solidity: function onOracleReport(uint64 epoch, uint256 balance, uint256 validators) returns()
func (_StakingPool *StakingPoolTransactor) OnOracleReport(opts *bind.TransactOpts, epoch uint64, balance *big.Int, validators *big.Int) (*types.Transaction, error) {
	return _StakingPool.contract.Transact(opts, "onOracleReport", epoch, balance, validators)
}

// OnOracleReport is a paid mutator transaction binding the contract method 0xfb507ef5.
//
// Solidity: function onOracleReport(uint64 epoch, uint256 balance, uint256 validators) returns()
func (_StakingPool *StakingPoolSession) OnOracleReport(epoch uint64, balance *big.Int, validators *big.Int) (*types.Transaction, error) {
	return _StakingPool.Contract.OnOracleReport(&_StakingPool.TransactOpts, epoch, balance, validators)
}

// OnOracleReport is a paid mutator transaction binding the contract method 0xfb507ef5.
//
// Solidity: function onOracleReport(uint64 epoch, uint256 balance, uint256 validators) returns()
func (_StakingPool *StakingPoolTransactorSession) OnOracleReport(epoch uint64, balance *big.Int, validators *big.Int) (*types.Transaction, error) {
	return _StakingPool.Contract.OnOracleReport(&_StakingPool.TransactOpts, epoch, balance, validators)
}

// ReceiveRewards is a paid mutator transaction binding the contract method 0x631cbe3c.
//
// Solidity: function receiveRewards() payable returns()
func (_StakingPool *StakingPoolTransactor) ReceiveRewards(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _StakingPool.contract.Transact(opts, "receiveRewards")
}

// ReceiveRewards is a paid mutator transaction binding the contract method 0x631cbe3c.
//
// Solidity: function receiveRewards() payable returns()
func (_StakingPool *StakingPoolSession) ReceiveRewards() (*types.Transaction, error) {
	return _StakingPool.Contract.ReceiveRewards(&_StakingPool.TransactOpts)
}

// ReceiveRewards is a paid mutator transaction binding the contract method 0x631cbe3c.
//
// Solidity: function receiveRewards() payable returns()
func (_StakingPool *StakingPoolTransactorSession) ReceiveRewards() (*types.Transaction, error) {
	return _StakingPool.Contract.ReceiveRewards(&_StakingPool.TransactOpts)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_StakingPool *StakingPoolTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _StakingPool.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_StakingPool *StakingPoolSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _StakingPool.Contract.RenounceRole(&_StakingPool.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_StakingPool *StakingPoolTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _StakingPool.Contract.RenounceRole(&_StakingPool.TransactOpts, role, callerConfirmation)
}

// RequestWithdrawal is a paid mutator transaction binding the contract method 0x9ee679e8.
//
// Solidity: function requestWithdrawal(uint256 shares) returns(uint256 requestId)
func (_StakingPool *StakingPoolTransactor) RequestWithdrawal(opts *bind.TransactOpts, shares *big.Int) (*types.Transaction, error) {
	return _StakingPool.contract.Transact(opts, "requestWithdrawal", shares)
}

// RequestWithdrawal is a paid mutator transaction binding the contract method 0x9ee679e8.
//
// Solidity: function requestWithdrawal(uint256 shares) returns(uint256 requestId)
func (_StakingPool *StakingPoolSession) RequestWithdrawal(shares *big.Int) (*types.Transaction, error) {
	return _StakingPool.Contract.RequestWithdrawal(&_StakingPool.TransactOpts, shares)
}

// RequestWithdrawal is a paid mutator transaction binding the contract method 0x9ee679e8.
//
// Solidity: function requestWithdrawal(uint256 shares) returns(uint256 requestId)
func (_StakingPool *StakingPoolTransactorSession) RequestWithdrawal(shares *big.Int) (*types.Transaction, error) {
	return _StakingPool.Contract.RequestWithdrawal(&_StakingPool.TransactOpts, shares)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_StakingPool *StakingPoolTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _StakingPool.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_StakingPool *StakingPoolSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _StakingPool.Contract.RevokeRole(&_StakingPool.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_StakingPool *StakingPoolTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _StakingPool.Contract.RevokeRole(&_StakingPool.TransactOpts, role, account)
}

// SetFactory is a paid mutator transaction binding the contract method 0x5bb47808.
//
// Solidity: function setFactory(address f) returns()
func (_StakingPool *StakingPoolTransactor) SetFactory(opts *bind.TransactOpts, f common.Address) (*types.Transaction, error) {
	return _StakingPool.contract.Transact(opts, "setFactory", f)
}

// SetFactory is a paid mutator transaction binding the contract method 0x5bb47808.
//
// Solidity: function setFactory(address f) returns()
func (_StakingPool *StakingPoolSession) SetFactory(f common.Address) (*types.Transaction, error) {
	return _StakingPool.Contract.SetFactory(&_StakingPool.TransactOpts, f)
}

// SetFactory is a paid mutator transaction binding the contract method 0x5bb47808.
//
// Solidity: function setFactory(address f) returns()
func (_StakingPool *StakingPoolTransactorSession) SetFactory(f common.Address) (*types.Transaction, error) {
	return _StakingPool.Contract.SetFactory(&_StakingPool.TransactOpts, f)
}

// StakingPoolClaimedIterator is returned from FilterClaimed and is used to iterate over the raw logs and unpacked data for Claimed events raised by the StakingPool contract.
type StakingPoolClaimedIterator struct {
	Event *StakingPoolClaimed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StakingPoolClaimedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StakingPoolClaimed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StakingPoolClaimed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StakingPoolClaimedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StakingPoolClaimedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StakingPoolClaimed represents a Claimed event raised by the StakingPool contract.
type StakingPoolClaimed struct {
	Owner  common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterClaimed is a free log retrieval operation binding the contract event 0xd8138f8a3f377c5259ca548e70e4c2de94f129f5a11036a15b69513cba2b426a.
//
// Solidity: event Claimed(address indexed owner, uint256 amount)
func (_StakingPool *StakingPoolFilterer) FilterClaimed(opts *bind.FilterOpts, owner []common.Address) (*StakingPoolClaimedIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _StakingPool.contract.FilterLogs(opts, "Claimed", ownerRule)
	if err != nil {
		return nil, err
	}
	return &StakingPoolClaimedIterator{contract: _StakingPool.contract, event: "Claimed", logs: logs, sub: sub}, nil
}

// WatchClaimed is a free log subscription operation binding the contract event 0xd8138f8a3f377c5259ca548e70e4c2de94f129f5a11036a15b69513cba2b426a.
//
// Solidity: event Claimed(address indexed owner, uint256 amount)
func (_StakingPool *StakingPoolFilterer) WatchClaimed(opts *bind.WatchOpts, sink chan<- *StakingPoolClaimed, owner []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _StakingPool.contract.WatchLogs(opts, "Claimed", ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StakingPoolClaimed)
				if err := _StakingPool.contract.UnpackLog(event, "Claimed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseClaimed is a log parse operation binding the contract event 0xd8138f8a3f377c5259ca548e70e4c2de94f129f5a11036a15b69513cba2b426a.
//
// Solidity: event Claimed(address indexed owner, uint256 amount)
func (_StakingPool *StakingPoolFilterer) ParseClaimed(log types.Log) (*StakingPoolClaimed, error) {
	event := new(StakingPoolClaimed)
	if err := _StakingPool.contract.UnpackLog(event, "Claimed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StakingPoolDepositedIterator is returned from FilterDeposited and is used to iterate over the raw logs and unpacked data for Deposited events raised by the StakingPool contract.
type StakingPoolDepositedIterator struct {
	Event *StakingPoolDeposited // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StakingPoolDepositedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StakingPoolDeposited)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StakingPoolDeposited)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StakingPoolDepositedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StakingPoolDepositedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StakingPoolDeposited represents a Deposited event raised by the StakingPool contract.
type StakingPoolDeposited struct {
	From   common.Address
	Amount *big.Int
	Shares *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterDeposited is a free log retrieval operation binding the contract event 0x73a19dd210f1a7f902193214c0ee91dd35ee5b4d920cba8d519eca65a7b488ca.
//
// Solidity: event Deposited(address indexed from, uint256 amount, uint256 shares)
func (_StakingPool *StakingPoolFilterer) FilterDeposited(opts *bind.FilterOpts, from []common.Address) (*StakingPoolDepositedIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}

	logs, sub, err := _StakingPool.contract.FilterLogs(opts, "Deposited", fromRule)
	if err != nil {
		return nil, err
	}
	return &StakingPoolDepositedIterator{contract: _StakingPool.contract, event: "Deposited", logs: logs, sub: sub}, nil
}

// WatchDeposited is a free log subscription operation binding the contract event 0x73a19dd210f1a7f902193214c0ee91dd35ee5b4d920cba8d519eca65a7b488ca.
//
// Solidity: event Deposited(address indexed from, uint256 amount, uint256 shares)
func (_StakingPool *StakingPoolFilterer) WatchDeposited(opts *bind.WatchOpts, sink chan<- *StakingPoolDeposited, from []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}

	logs, sub, err := _StakingPool.contract.WatchLogs(opts, "Deposited", fromRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StakingPoolDeposited)
				if err := _StakingPool.contract.UnpackLog(event, "Deposited", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDeposited is a log parse operation binding the contract event 0x73a19dd210f1a7f902193214c0ee91dd35ee5b4d920cba8d519eca65a7b488ca.
//
// Solidity: event Deposited(address indexed from, uint256 amount, uint256 shares)
func (_StakingPool *StakingPoolFilterer) ParseDeposited(log types.Log) (*StakingPoolDeposited, error) {
	event := new(StakingPoolDeposited)
	if err := _StakingPool.contract.UnpackLog(event, "Deposited", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StakingPoolMiniPoolExitedIterator is returned from FilterMiniPoolExited and is used to iterate over the raw logs and unpacked data for MiniPoolExited events raised by the StakingPool contract.
type StakingPoolMiniPoolExitedIterator struct {
	Event *StakingPoolMiniPoolExited // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StakingPoolMiniPoolExitedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StakingPoolMiniPoolExited)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StakingPoolMiniPoolExited)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StakingPoolMiniPoolExitedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StakingPoolMiniPoolExitedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StakingPoolMiniPoolExited represents a MiniPoolExited event raised by the StakingPool contract.
type StakingPoolMiniPoolExited struct {
	MiniPool common.Address
	Amount   *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterMiniPoolExited is a free log retrieval operation binding the contract event 0x052c58d63b726d746b10f2806cb1856afac35b155d67d248f7ffd7da0d55892c.
//
// Solidity: event MiniPoolExited(address indexed miniPool, uint256 amount)
func (_StakingPool *StakingPoolFilterer) FilterMiniPoolExited(opts *bind.FilterOpts, miniPool []common.Address) (*StakingPoolMiniPoolExitedIterator, error) {

	var miniPoolRule []interface{}
	for _, miniPoolItem := range miniPool {
		miniPoolRule = append(miniPoolRule, miniPoolItem)
	}

	logs, sub, err := _StakingPool.contract.FilterLogs(opts, "MiniPoolExited", miniPoolRule)
	if err != nil {
		return nil, err
	}
	return &StakingPoolMiniPoolExitedIterator{contract: _StakingPool.contract, event: "MiniPoolExited", logs: logs, sub: sub}, nil
}

// WatchMiniPoolExited is a free log subscription operation binding the contract event 0x052c58d63b726d746b10f2806cb1856afac35b155d67d248f7ffd7da0d55892c.
//
// Solidity: event MiniPoolExited(address indexed miniPool, uint256 amount)
func (_StakingPool *StakingPoolFilterer) WatchMiniPoolExited(opts *bind.WatchOpts, sink chan<- *StakingPoolMiniPoolExited, miniPool []common.Address) (event.Subscription, error) {

	var miniPoolRule []interface{}
	for _, miniPoolItem := range miniPool {
		miniPoolRule = append(miniPoolRule, miniPoolItem)
	}

	logs, sub, err := _StakingPool.contract.WatchLogs(opts, "MiniPoolExited", miniPoolRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StakingPoolMiniPoolExited)
				if err := _StakingPool.contract.UnpackLog(event, "MiniPoolExited", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseMiniPoolExited is a log parse operation binding the contract event 0x052c58d63b726d746b10f2806cb1856afac35b155d67d248f7ffd7da0d55892c.
//
// Solidity: event MiniPoolExited(address indexed miniPool, uint256 amount)
func (_StakingPool *StakingPoolFilterer) ParseMiniPoolExited(log types.Log) (*StakingPoolMiniPoolExited, error) {
	event := new(StakingPoolMiniPoolExited)
	if err := _StakingPool.contract.UnpackLog(event, "MiniPoolExited", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StakingPoolMiniPoolFundedIterator is returned from FilterMiniPoolFunded and is used to iterate over the raw logs and unpacked data for MiniPoolFunded events raised by the StakingPool contract.
type StakingPoolMiniPoolFundedIterator struct {
	Event *StakingPoolMiniPoolFunded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StakingPoolMiniPoolFundedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StakingPoolMiniPoolFunded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StakingPoolMiniPoolFunded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StakingPoolMiniPoolFundedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StakingPoolMiniPoolFundedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StakingPoolMiniPoolFunded represents a MiniPoolFunded event raised by the StakingPool contract.
type StakingPoolMiniPoolFunded struct {
	MiniPool common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterMiniPoolFunded is a free log retrieval operation binding the contract event 0x4c4c5b6163672d1271c6418133719d1ca69a4dc4b9a0c1e7bebb4eb9860e9c53.
//
// Solidity: event MiniPoolFunded(address indexed miniPool)
func (_StakingPool *StakingPoolFilterer) FilterMiniPoolFunded(opts *bind.FilterOpts, miniPool []common.Address) (*StakingPoolMiniPoolFundedIterator, error) {

	var miniPoolRule []interface{}
	for _, miniPoolItem := range miniPool {
		miniPoolRule = append(miniPoolRule, miniPoolItem)
	}

	logs, sub, err := _StakingPool.contract.FilterLogs(opts, "MiniPoolFunded", miniPoolRule)
	if err != nil {
		return nil, err
	}
	return &StakingPoolMiniPoolFundedIterator{contract: _StakingPool.contract, event: "MiniPoolFunded", logs: logs, sub: sub}, nil
}

// WatchMiniPoolFunded is a free log subscription operation binding the contract event 0x4c4c5b6163672d1271c6418133719d1ca69a4dc4b9a0c1e7bebb4eb9860e9c53.
//
// Solidity: event MiniPoolFunded(address indexed miniPool)
func (_StakingPool *StakingPoolFilterer) WatchMiniPoolFunded(opts *bind.WatchOpts, sink chan<- *StakingPoolMiniPoolFunded, miniPool []common.Address) (event.Subscription, error) {

	var miniPoolRule []interface{}
	for _, miniPoolItem := range miniPool {
		miniPoolRule = append(miniPoolRule, miniPoolItem)
	}

	logs, sub, err := _StakingPool.contract.WatchLogs(opts, "MiniPoolFunded", miniPoolRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StakingPoolMiniPoolFunded)
				if err := _StakingPool.contract.UnpackLog(event, "MiniPoolFunded", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseMiniPoolFunded is a log parse operation binding the contract event 0x4c4c5b6163672d1271c6418133719d1ca69a4dc4b9a0c1e7bebb4eb9860e9c53.
//
// Solidity: event MiniPoolFunded(address indexed miniPool)
func (_StakingPool *StakingPoolFilterer) ParseMiniPoolFunded(log types.Log) (*StakingPoolMiniPoolFunded, error) {
	event := new(StakingPoolMiniPoolFunded)
	if err := _StakingPool.contract.UnpackLog(event, "MiniPoolFunded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StakingPoolMiniPoolQueuedIterator is returned from FilterMiniPoolQueued and is used to iterate over the raw logs and unpacked data for MiniPoolQueued events raised by the StakingPool contract.
type StakingPoolMiniPoolQueuedIterator struct {
	Event *StakingPoolMiniPoolQueued // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StakingPoolMiniPoolQueuedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StakingPoolMiniPoolQueued)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StakingPoolMiniPoolQueued)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StakingPoolMiniPoolQueuedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StakingPoolMiniPoolQueuedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StakingPoolMiniPoolQueued represents a MiniPoolQueued event raised by the StakingPool contract.
type StakingPoolMiniPoolQueued struct {
	MiniPool common.Address
	Position *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterMiniPoolQueued is a free log retrieval operation binding the contract event 0x8953abf1b99d41f61949242007ec55e23700430f2e3a75703ddfba92a4343d7e.
//
// Solidity: event MiniPoolQueued(address indexed miniPool, uint256 position)
func (_StakingPool *StakingPoolFilterer) FilterMiniPoolQueued(opts *bind.FilterOpts, miniPool []common.Address) (*StakingPoolMiniPoolQueuedIterator, error) {

	var miniPoolRule []interface{}
	for _, miniPoolItem := range miniPool {
		miniPoolRule = append(miniPoolRule, miniPoolItem)
	}

	logs, sub, err := _StakingPool.contract.FilterLogs(opts, "MiniPoolQueued", miniPoolRule)
	if err != nil {
		return nil, err
	}
	return &StakingPoolMiniPoolQueuedIterator{contract: _StakingPool.contract, event: "MiniPoolQueued", logs: logs, sub: sub}, nil
}

// WatchMiniPoolQueued is a free log subscription operation binding the contract event 0x8953abf1b99d41f61949242007ec55e23700430f2e3a75703ddfba92a4343d7e.
//
// Solidity: event MiniPoolQueued(address indexed miniPool, uint256 position)
func (_StakingPool *StakingPoolFilterer) WatchMiniPoolQueued(opts *bind.WatchOpts, sink chan<- *StakingPoolMiniPoolQueued, miniPool []common.Address) (event.Subscription, error) {

	var miniPoolRule []interface{}
	for _, miniPoolItem := range miniPool {
		miniPoolRule = append(miniPoolRule, miniPoolItem)
	}

	logs, sub, err := _StakingPool.contract.WatchLogs(opts, "MiniPoolQueued", miniPoolRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StakingPoolMiniPoolQueued)
				if err := _StakingPool.contract.UnpackLog(event, "MiniPoolQueued", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseMiniPoolQueued is a log parse operation binding the contract event 0x8953abf1b99d41f61949242007ec55e23700430f2e3a75703ddfba92a4343d7e.
//
// Solidity: event MiniPoolQueued(address indexed miniPool, uint256 position)
func (_StakingPool *StakingPoolFilterer) ParseMiniPoolQueued(log types.Log) (*StakingPoolMiniPoolQueued, error) {
	event := new(StakingPoolMiniPoolQueued)
	if err := _StakingPool.contract.UnpackLog(event, "MiniPoolQueued", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StakingPoolOracleReportIterator is returned from FilterOracleReport and is used to iterate over the raw logs and unpacked data for OracleReport events raised by the StakingPool contract.
type StakingPoolOracleReportIterator struct {
	Event *StakingPoolOracleReport // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StakingPoolOracleReportIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StakingPoolOracleReport)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StakingPoolOracleReport)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StakingPoolOracleReportIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StakingPoolOracleReportIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StakingPoolOracleReport represents a OracleReport event raised by the StakingPool contract.
type StakingPoolOracleReport struct {
	Epoch            uint64
	BeaconBalance    *big.Int
	BeaconValidators *big.Int
	TotalPooledEther *big.Int
	TotalShares      *big.Int
	Raw              types.Log // Blockchain specific contextual infos
}

// FilterOracleReport is a free log retrieval operation binding the contract event 0x62813091d49da54d568015bdd83b65302206b5c303ac69eeb786bab12dda5bf8.
//
// Solidity: event OracleReport(uint64 indexed epoch, uint256 beaconBalance, uint256 beaconValidators, uint256 totalPooledEther, uint256 totalShares)
func (_StakingPool *StakingPoolFilterer) FilterOracleReport(opts *bind.FilterOpts, epoch []uint64) (*StakingPoolOracleReportIterator, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _StakingPool.contract.FilterLogs(opts, "OracleReport", epochRule)
	if err != nil {
		return nil, err
	}
	return &StakingPoolOracleReportIterator{contract: _StakingPool.contract, event: "OracleReport", logs: logs, sub: sub}, nil
}

// WatchOracleReport is a free log subscription operation binding the contract event 0x62813091d49da54d568015bdd83b65302206b5c303ac69eeb786bab12dda5bf8.
//
// Solidity: event OracleReport(uint64 indexed epoch, uint256 beaconBalance, uint256 beaconValidators, uint256 totalPooledEther, uint256 totalShares)
func (_StakingPool *StakingPoolFilterer) WatchOracleReport(opts *bind.WatchOpts, sink chan<- *StakingPoolOracleReport, epoch []uint64) (event.Subscription, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _StakingPool.contract.WatchLogs(opts, "OracleReport", epochRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StakingPoolOracleReport)
				if err := _StakingPool.contract.UnpackLog(event, "OracleReport", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOracleReport is a log parse operation binding the contract event 0x62813091d49da54d568015bdd83b65302206b5c303ac69eeb786bab12dda5bf8.
//
// Solidity: event OracleReport(uint64 indexed epoch, uint256 beaconBalance, uint256 beaconValidators, uint256 totalPooledEther, uint256 totalShares)
func (_StakingPool *StakingPoolFilterer) ParseOracleReport(log types.Log) (*StakingPoolOracleReport, error) {
	event := new(StakingPoolOracleReport)
	if err := _StakingPool.contract.UnpackLog(event, "OracleReport", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StakingPoolRewardsReceivedIterator is returned from FilterRewardsReceived and is used to iterate over the raw logs and unpacked data for RewardsReceived events raised by the StakingPool contract.
type StakingPoolRewardsReceivedIterator struct {
	Event *StakingPoolRewardsReceived // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StakingPoolRewardsReceivedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StakingPoolRewardsReceived)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StakingPoolRewardsReceived)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StakingPoolRewardsReceivedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StakingPoolRewardsReceivedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StakingPoolRewardsReceived represents a RewardsReceived event raised by the StakingPool contract.
type StakingPoolRewardsReceived struct {
	MiniPool common.Address
	Amount   *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterRewardsReceived is a free log retrieval operation binding the contract event 0x577e40010b42fd80bafa850999e7cec91750c749202445266b373708c5929420.
//
// Solidity: event RewardsReceived(address indexed miniPool, uint256 amount)
func (_StakingPool *StakingPoolFilterer) FilterRewardsReceived(opts *bind.FilterOpts, miniPool []common.Address) (*StakingPoolRewardsReceivedIterator, error) {

	var miniPoolRule []interface{}
	for _, miniPoolItem := range miniPool {
		miniPoolRule = append(miniPoolRule, miniPoolItem)
	}

	logs, sub, err := _StakingPool.contract.FilterLogs(opts, "RewardsReceived", miniPoolRule)
	if err != nil {
		return nil, err
	}
	return &StakingPoolRewardsReceivedIterator{contract: _StakingPool.contract, event: "RewardsReceived", logs: logs, sub: sub}, nil
}

// WatchRewardsReceived is a free log subscription operation binding the contract event 0x577e40010b42fd80bafa850999e7cec91750c749202445266b373708c5929420.
//
// Solidity: event RewardsReceived(address indexed miniPool, uint256 amount)
func (_StakingPool *StakingPoolFilterer) WatchRewardsReceived(opts *bind.WatchOpts, sink chan<- *StakingPoolRewardsReceived, miniPool []common.Address) (event.Subscription, error) {

	var miniPoolRule []interface{}
	for _, miniPoolItem := range miniPool {
		miniPoolRule = append(miniPoolRule, miniPoolItem)
	}

	logs, sub, err := _StakingPool.contract.WatchLogs(opts, "RewardsReceived", miniPoolRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StakingPoolRewardsReceived)
				if err := _StakingPool.contract.UnpackLog(event, "RewardsReceived", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRewardsReceived is a log parse operation binding the contract event 0x577e40010b42fd80bafa850999e7cec91750c749202445266b373708c5929420.
//
// Solidity: event RewardsReceived(address indexed miniPool, uint256 amount)
func (_StakingPool *StakingPoolFilterer) ParseRewardsReceived(log types.Log) (*StakingPoolRewardsReceived, error) {
	event := new(StakingPoolRewardsReceived)
	if err := _StakingPool.contract.UnpackLog(event, "RewardsReceived", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StakingPoolRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the StakingPool contract.
type StakingPoolRoleAdminChangedIterator struct {
	Event *StakingPoolRoleAdminChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StakingPoolRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StakingPoolRoleAdminChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StakingPoolRoleAdminChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StakingPoolRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StakingPoolRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StakingPoolRoleAdminChanged represents a RoleAdminChanged event raised by the StakingPool contract.
type StakingPoolRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_StakingPool *StakingPoolFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*StakingPoolRoleAdminChangedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _StakingPool.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &StakingPoolRoleAdminChangedIterator{contract: _StakingPool.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_StakingPool *StakingPoolFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *StakingPoolRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _StakingPool.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StakingPoolRoleAdminChanged)
				if err := _StakingPool.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleAdminChanged is a log parse operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_StakingPool *StakingPoolFilterer) ParseRoleAdminChanged(log types.Log) (*StakingPoolRoleAdminChanged, error) {
	event := new(StakingPoolRoleAdminChanged)
	if err := _StakingPool.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StakingPoolRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the StakingPool contract.
type StakingPoolRoleGrantedIterator struct {
	Event *StakingPoolRoleGranted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StakingPoolRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StakingPoolRoleGranted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StakingPoolRoleGranted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StakingPoolRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StakingPoolRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StakingPoolRoleGranted represents a RoleGranted event raised by the StakingPool contract.
type StakingPoolRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_StakingPool *StakingPoolFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*StakingPoolRoleGrantedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _StakingPool.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &StakingPoolRoleGrantedIterator{contract: _StakingPool.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_StakingPool *StakingPoolFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *StakingPoolRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _StakingPool.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StakingPoolRoleGranted)
				if err := _StakingPool.contract.UnpackLog(event, "RoleGranted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleGranted is a log parse operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_StakingPool *StakingPoolFilterer) ParseRoleGranted(log types.Log) (*StakingPoolRoleGranted, error) {
	event := new(StakingPoolRoleGranted)
	if err := _StakingPool.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StakingPoolRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the StakingPool contract.
type StakingPoolRoleRevokedIterator struct {
	Event *StakingPoolRoleRevoked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StakingPoolRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StakingPoolRoleRevoked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StakingPoolRoleRevoked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StakingPoolRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StakingPoolRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StakingPoolRoleRevoked represents a RoleRevoked event raised by the StakingPool contract.
type StakingPoolRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_StakingPool *StakingPoolFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*StakingPoolRoleRevokedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _StakingPool.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &StakingPoolRoleRevokedIterator{contract: _StakingPool.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_StakingPool *StakingPoolFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *StakingPoolRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _StakingPool.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StakingPoolRoleRevoked)
				if err := _StakingPool.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleRevoked is a log parse operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_StakingPool *StakingPoolFilterer) ParseRoleRevoked(log types.Log) (*StakingPoolRoleRevoked, error) {
	event := new(StakingPoolRoleRevoked)
	if err := _StakingPool.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StakingPoolWithdrawalFinalizedIterator is returned from FilterWithdrawalFinalized and is used to iterate over the raw logs and unpacked data for WithdrawalFinalized events raised by the StakingPool contract.
type StakingPoolWithdrawalFinalizedIterator struct {
	Event *StakingPoolWithdrawalFinalized // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StakingPoolWithdrawalFinalizedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StakingPoolWithdrawalFinalized)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StakingPoolWithdrawalFinalized)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StakingPoolWithdrawalFinalizedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StakingPoolWithdrawalFinalizedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StakingPoolWithdrawalFinalized represents a WithdrawalFinalized event raised by the StakingPool contract.
type StakingPoolWithdrawalFinalized struct {
	RequestId *big.Int
	Owner     common.Address
	Amount    *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterWithdrawalFinalized is a free log retrieval operation binding the contract event 0x2144673b243cbac0f18cd0de7b99b0d8e12caf36ff781e39524425d75ba4b273.
//
// Solidity: event WithdrawalFinalized(uint256 indexed requestId, address indexed owner, uint256 amount)
func (_StakingPool *StakingPoolFilterer) FilterWithdrawalFinalized(opts *bind.FilterOpts, requestId []*big.Int, owner []common.Address) (*StakingPoolWithdrawalFinalizedIterator, error) {

	var requestIdRule []interface{}
	for _, requestIdItem := range requestId {
		requestIdRule = append(requestIdRule, requestIdItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _StakingPool.contract.FilterLogs(opts, "WithdrawalFinalized", requestIdRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return &StakingPoolWithdrawalFinalizedIterator{contract: _StakingPool.contract, event: "WithdrawalFinalized", logs: logs, sub: sub}, nil
}

// WatchWithdrawalFinalized is a free log subscription operation binding the contract event 0x2144673b243cbac0f18cd0de7b99b0d8e12caf36ff781e39524425d75ba4b273.
//
// Solidity: event WithdrawalFinalized(uint256 indexed requestId, address indexed owner, uint256 amount)
func (_StakingPool *StakingPoolFilterer) WatchWithdrawalFinalized(opts *bind.WatchOpts, sink chan<- *StakingPoolWithdrawalFinalized, requestId []*big.Int, owner []common.Address) (event.Subscription, error) {

	var requestIdRule []interface{}
	for _, requestIdItem := range requestId {
		requestIdRule = append(requestIdRule, requestIdItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _StakingPool.contract.WatchLogs(opts, "WithdrawalFinalized", requestIdRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StakingPoolWithdrawalFinalized)
				if err := _StakingPool.contract.UnpackLog(event, "WithdrawalFinalized", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWithdrawalFinalized is a log parse operation binding the contract event 0x2144673b243cbac0f18cd0de7b99b0d8e12caf36ff781e39524425d75ba4b273.
//
// Solidity: event WithdrawalFinalized(uint256 indexed requestId, address indexed owner, uint256 amount)
func (_StakingPool *StakingPoolFilterer) ParseWithdrawalFinalized(log types.Log) (*StakingPoolWithdrawalFinalized, error) {
	event := new(StakingPoolWithdrawalFinalized)
	if err := _StakingPool.contract.UnpackLog(event, "WithdrawalFinalized", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StakingPoolWithdrawalQueuedIterator is returned from FilterWithdrawalQueued and is used to iterate over the raw logs and unpacked data for WithdrawalQueued events raised by the StakingPool contract.
type StakingPoolWithdrawalQueuedIterator struct {
	Event *StakingPoolWithdrawalQueued // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StakingPoolWithdrawalQueuedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StakingPoolWithdrawalQueued)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StakingPoolWithdrawalQueued)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StakingPoolWithdrawalQueuedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StakingPoolWithdrawalQueuedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StakingPoolWithdrawalQueued represents a WithdrawalQueued event raised by the StakingPool contract.
type StakingPoolWithdrawalQueued struct {
	RequestId *big.Int
	Owner     common.Address
	Shares    *big.Int
	Amount    *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterWithdrawalQueued is a free log retrieval operation binding the contract event 0xecc966b282a372469fa4d3e497c2ac17983c3eaed03f3f17c9acf4b15591663e.
//
// Solidity: event WithdrawalQueued(uint256 indexed requestId, address indexed owner, uint256 shares, uint256 amount)
func (_StakingPool *StakingPoolFilterer) FilterWithdrawalQueued(opts *bind.FilterOpts, requestId []*big.Int, owner []common.Address) (*StakingPoolWithdrawalQueuedIterator, error) {

	var requestIdRule []interface{}
	for _, requestIdItem := range requestId {
		requestIdRule = append(requestIdRule, requestIdItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _StakingPool.contract.FilterLogs(opts, "WithdrawalQueued", requestIdRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return &StakingPoolWithdrawalQueuedIterator{contract: _StakingPool.contract, event: "WithdrawalQueued", logs: logs, sub: sub}, nil
}

// WatchWithdrawalQueued is a free log subscription operation binding the contract event 0xecc966b282a372469fa4d3e497c2ac17983c3eaed03f3f17c9acf4b15591663e.
//
// Solidity: event WithdrawalQueued(uint256 indexed requestId, address indexed owner, uint256 shares, uint256 amount)
func (_StakingPool *StakingPoolFilterer) WatchWithdrawalQueued(opts *bind.WatchOpts, sink chan<- *StakingPoolWithdrawalQueued, requestId []*big.Int, owner []common.Address) (event.Subscription, error) {

	var requestIdRule []interface{}
	for _, requestIdItem := range requestId {
		requestIdRule = append(requestIdRule, requestIdItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _StakingPool.contract.WatchLogs(opts, "WithdrawalQueued", requestIdRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StakingPoolWithdrawalQueued)
				if err := _StakingPool.contract.UnpackLog(event, "WithdrawalQueued", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWithdrawalQueued is a log parse operation binding the contract event 0xecc966b282a372469fa4d3e497c2ac17983c3eaed03f3f17c9acf4b15591663e.
//
// Solidity: event WithdrawalQueued(uint256 indexed requestId, address indexed owner, uint256 shares, uint256 amount)
func (_StakingPool *StakingPoolFilterer) ParseWithdrawalQueued(log types.Log) (*StakingPoolWithdrawalQueued, error) {
	event := new(StakingPoolWithdrawalQueued)
	if err := _StakingPool.contract.UnpackLog(event, "WithdrawalQueued", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StakingPoolWithdrawnIterator is returned from FilterWithdrawn and is used to iterate over the raw logs and unpacked data for Withdrawn events raised by the StakingPool contract.
type StakingPoolWithdrawnIterator struct {
	Event *StakingPoolWithdrawn // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StakingPoolWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StakingPoolWithdrawn)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StakingPoolWithdrawn)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StakingPoolWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StakingPoolWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StakingPoolWithdrawn represents a Withdrawn event raised by the StakingPool contract.
type StakingPoolWithdrawn struct {
	Owner  common.Address
	Shares *big.Int
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterWithdrawn is a free log retrieval operation binding the contract event 0x92ccf450a286a957af52509bc1c9939d1a6a481783e142e41e2499f0bb66ebc6.
//
// Solidity: event Withdrawn(address indexed owner, uint256 shares, uint256 amount)
func (_StakingPool *StakingPoolFilterer) FilterWithdrawn(opts *bind.FilterOpts, owner []common.Address) (*StakingPoolWithdrawnIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _StakingPool.contract.FilterLogs(opts, "Withdrawn", ownerRule)
	if err != nil {
		return nil, err
	}
	return &StakingPoolWithdrawnIterator{contract: _StakingPool.contract, event: "Withdrawn", logs: logs, sub: sub}, nil
}

// WatchWithdrawn is a free log subscription operation binding the contract event 0x92ccf450a286a957af52509bc1c9939d1a6a481783e142e41e2499f0bb66ebc6.
//
// Solidity: event Withdrawn(address indexed owner, uint256 shares, uint256 amount)
func (_StakingPool *StakingPoolFilterer) WatchWithdrawn(opts *bind.WatchOpts, sink chan<- *StakingPoolWithdrawn, owner []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _StakingPool.contract.WatchLogs(opts, "Withdrawn", ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StakingPoolWithdrawn)
				if err := _StakingPool.contract.UnpackLog(event, "Withdrawn", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWithdrawn is a log parse operation binding the contract event 0x92ccf450a286a957af52509bc1c9939d1a6a481783e142e41e2499f0bb66ebc6.
//
// Solidity: event Withdrawn(address indexed owner, uint256 shares, uint256 amount)
func (_StakingPool *StakingPoolFilterer) ParseWithdrawn(log types.Log) (*StakingPoolWithdrawn, error) {
	event := new(StakingPoolWithdrawn)
	if err := _StakingPool.contract.UnpackLog(event, "Withdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TestDepositContractMetaData contains all meta data concerning the TestDepositContract contract.
var TestDepositContractMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AmountNotGwei\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AmountTooHigh\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AmountTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"BadLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"computed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"given\",\"type\":\"bytes32\"}],\"name\":\"RootMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TreeFull\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"withdrawal_credentials\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"amount\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"index\",\"type\":\"bytes\"}],\"name\":\"DepositEvent\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"wc\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"amount\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"dataRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"withdrawal_credentials\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"deposit_data_root\",\"type\":\"bytes32\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"depositedGwei\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"get_deposit_count\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"get_deposit_root\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x608060405234801561000f575f5ffd5b505f5b602061001f826001610106565b10156100ec5760026020826020811061003a5761003a61011f565b01546020836020811061004f5761004f61011f565b015460408051602081019390935282015260600160408051601f198184030181529082905261007d91610133565b602060405180830381855afa158015610098573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906100bb9190610149565b60206100c8836001610106565b602081106100d8576100d861011f565b0155806100e481610160565b915050610012565b50610178565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610119576101196100f2565b92915050565b634e487b7160e01b5f52603260045260245ffd5b5f82518060208501845e5f920191825250919050565b5f60208284031215610159575f5ffd5b5051919050565b5f60018201610171576101716100f2565b5060010190565b611004806101855f395ff3fe608060405260043610610049575f3560e01c8063228951181461004d578063621fd130146100625780639c4fcf761461008c578063c5f2892f146100d8578063da2c017b146100fa575b5f5ffd5b61006061005b366004610a46565b610119565b005b34801561006d575f5ffd5b506100766104a2565b6040516100839190610b18565b60405180910390f35b348015610097575f5ffd5b506100c06100a6366004610b31565b60416020525f90815260409020546001600160401b031681565b6040516001600160401b039091168152602001610083565b3480156100e3575f5ffd5b506100ec6104b4565b604051908152602001610083565b348015610105575f5ffd5b506100ec610114366004610b5c565b610675565b603086146101575760405162a5773f60e51b81526020600482015260066024820152657075626b657960d01b60448201526064015b60405180910390fd5b602084146101a05760405162a5773f60e51b81526020600482015260166024820152757769746864726177616c5f63726564656e7469616c7360501b604482015260640161014e565b606082146101dc5760405162a5773f60e51b81526020600482015260096024820152687369676e617475726560b81b604482015260640161014e565b670de0b6b3a764000034101561020557604051631fbaba3560e01b815260040160405180910390fd5b610213633b9aca0034610cac565b156102315760405163039b4e2160e11b815260040160405180910390fd5b5f610240633b9aca0034610cd3565b90506001600160401b0381111561026a5760405163fd7850ad60e01b815260040160405180910390fd5b5f61027482610986565b90505f6102868a8a8a8a868b8b610675565b90508381146102b257604051637c532e3160e01b8152600481018290526024810185905260440161014e565b60016102c060206002610dcb565b6102ca9190610dd6565b604054106102eb57604051631691e59f60e31b815260040160405180910390fd5b7f649bbc62d0e31342afea4e5cd82d4049e7e1ee912fc0889aa790803be39038c58a8a8a8a868b8b61031e604054610986565b604051610332989796959493929190610e11565b60405180910390a18260415f8c8c60405161034e929190610e83565b604051809103902081526020019081526020015f205f8282829054906101000a90046001600160401b03166103839190610e92565b92506101000a8154816001600160401b0302191690836001600160401b03160217905550600160405f8282546103b99190610eb1565b9091555050604054845f5b602081101561049257826001166001036103f957815f82602081106103eb576103eb610ec4565b015550610499945050505050565b60025f826020811061040d5761040d610ec4565b0154604080516020810192909252810184905260600160408051601f198184030181529082905261043d91610eef565b602060405180830381855afa158015610458573d5f5f3e3d5ffd5b5050506040513d601f19601f8201168201806040525081019061047b9190610efa565b9150610488600284610cd3565b92506001016103c4565b5050505050505b50505050505050565b60606104af604054610986565b905090565b6040545f908190815b60208110156105f4578160011660010361055a5760025f82602081106104e5576104e5610ec4565b0154604080516020810192909252810185905260600160408051601f198184030181529082905261051591610eef565b602060405180830381855afa158015610530573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906105539190610efa565b92506105df565b6002836020836020811061057057610570610ec4565b015460408051602081019390935282015260600160408051601f198184030181529082905261059e91610eef565b602060405180830381855afa1580156105b9573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906105dc9190610efa565b92505b6105ea600283610cd3565b91506001016104bd565b50600282610603604054610986565b6040516106169291905f90602001610f11565b60408051601f198184030181529082905261063091610eef565b602060405180830381855afa15801561064b573d5f5f3e3d5ffd5b5050506040513d601f19601f8201168201806040525081019061066e9190610efa565b9250505090565b5f5f600289895f60801b60405160200161069193929190610f3d565b60408051601f19818403018152908290526106ab91610eef565b602060405180830381855afa1580156106c6573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906106e99190610efa565b90505f6002806106fc604084888a610f64565b60405161070a929190610e83565b602060405180830381855afa158015610725573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906107489190610efa565b6002610757876040818b610f64565b60405161076a9291905f90602001610f8b565b60408051601f198184030181529082905261078491610eef565b602060405180830381855afa15801561079f573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906107c29190610efa565b60408051602081019390935282015260600160408051601f19818403018152908290526107ee91610eef565b602060405180830381855afa158015610809573d5f5f3e3d5ffd5b5050506040513d601f19601f8201168201806040525081019061082c9190610efa565b9050600280838a8a60405160200161084693929190610f9d565b60408051601f198184030181529082905261086091610eef565b602060405180830381855afa15801561087b573d5f5f3e3d5ffd5b5050506040513d601f19601f8201168201806040525081019061089e9190610efa565b6040516002906108b6908a905f908790602001610fb6565b60408051601f19818403018152908290526108d091610eef565b602060405180830381855afa1580156108eb573d5f5f3e3d5ffd5b5050506040513d601f19601f8201168201806040525081019061090e9190610efa565b60408051602081019390935282015260600160408051601f198184030181529082905261093a91610eef565b602060405180830381855afa158015610955573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906109789190610efa565b9a9950505050505050505050565b6040805160088082528183019092526060916020820181803683370190505090505f5b60088110156109fc576109bd816008610fe0565b836001600160401b0316901c60f81b8282815181106109de576109de610ec4565b60200101906001600160f81b03191690815f1a9053506001016109a9565b50919050565b5f5f83601f840112610a12575f5ffd5b5081356001600160401b03811115610a28575f5ffd5b602083019150836020828501011115610a3f575f5ffd5b9250929050565b5f5f5f5f5f5f5f6080888a031215610a5c575f5ffd5b87356001600160401b03811115610a71575f5ffd5b610a7d8a828b01610a02565b90985096505060208801356001600160401b03811115610a9b575f5ffd5b610aa78a828b01610a02565b90965094505060408801356001600160401b03811115610ac5575f5ffd5b610ad18a828b01610a02565b989b979a50959894979596606090950135949350505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610b2a6020830184610aea565b9392505050565b5f60208284031215610b41575f5ffd5b5035919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f5f5f5f6080888a031215610b72575f5ffd5b87356001600160401b03811115610b87575f5ffd5b610b938a828b01610a02565b90985096505060208801356001600160401b03811115610bb1575f5ffd5b610bbd8a828b01610a02565b90965094505060408801356001600160401b03811115610bdb575f5ffd5b8801601f81018a13610beb575f5ffd5b80356001600160401b03811115610c0457610c04610b48565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610c3257610c32610b48565b6040528181528282016020018c1015610c49575f5ffd5b816020840160208301375f6020838301015280955050505060608801356001600160401b03811115610c79575f5ffd5b610c858a828b01610a02565b989b979a50959850939692959293505050565b634e487b7160e01b5f52601260045260245ffd5b5f82610cba57610cba610c98565b500690565b634e487b7160e01b5f52601160045260245ffd5b5f82610ce157610ce1610c98565b500490565b6001815b6001841115610d2157808504811115610d0557610d05610cbf565b6001841615610d1357908102905b60019390931c928002610cea565b935093915050565b5f82610d3757506001610dc5565b81610d4357505f610dc5565b8160018114610d595760028114610d6357610d7f565b6001915050610dc5565b60ff841115610d7457610d74610cbf565b50506001821b610dc5565b5060208310610133831016604e8410600b8410161715610da2575081810a610dc5565b610dae5f198484610ce6565b805f1904821115610dc157610dc1610cbf565b0290505b92915050565b5f610b2a8383610d29565b81810381811115610dc557610dc5610cbf565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b60a081525f610e2460a083018a8c610de9565b8281036020840152610e3781898b610de9565b90508281036040840152610e4b8188610aea565b90508281036060840152610e60818688610de9565b90508281036080840152610e748185610aea565b9b9a5050505050505050505050565b818382375f9101908152919050565b6001600160401b038181168382160190811115610dc557610dc5610cbf565b80820180821115610dc557610dc5610cbf565b634e487b7160e01b5f52603260045260245ffd5b5f81518060208401855e5f93019283525090919050565b5f610b2a8284610ed8565b5f60208284031215610f0a575f5ffd5b5051919050565b8381525f610f226020830185610ed8565b67ffffffffffffffff19939093168352505060180192915050565b828482376fffffffffffffffffffffffffffffffff19919091169101908152601001919050565b5f5f85851115610f72575f5ffd5b83861115610f7e575f5ffd5b5050820193919092039150565b82848237909101908152602001919050565b838152818360208301375f910160200190815292915050565b5f610fc18286610ed8565b67ffffffffffffffff1994909416845250506018820152603801919050565b8082028115828204841417610dc557610dc5610cbf56fea164736f6c634300081e000a",
}

// TestDepositContractABI is the input ABI used to generate the binding from.
// Deprecated: Use TestDepositContractMetaData.ABI instead.
var TestDepositContractABI = TestDepositContractMetaData.ABI

// TestDepositContractBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use TestDepositContractMetaData.Bin instead.
var TestDepositContractBin = TestDepositContractMetaData.Bin

// DeployTestDepositContract deploys a new Ethereum contract, binding an instance of TestDepositContract to it.
func DeployTestDepositContract(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *TestDepositContract, error) {
	parsed, err := TestDepositContractMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(TestDepositContractBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &TestDepositContract{TestDepositContractCaller: TestDepositContractCaller{contract: contract}, TestDepositContractTransactor: TestDepositContractTransactor{contract: contract}, TestDepositContractFilterer: TestDepositContractFilterer{contract: contract}}, nil
}

// TestDepositContract is an auto generated Go binding around an Ethereum contract.
type TestDepositContract struct {
	TestDepositContractCaller     // Read-only binding to the contract
	TestDepositContractTransactor // Write-only binding to the contract
	TestDepositContractFilterer   // Log filterer for contract events
}

// TestDepositContractCaller is an auto generated read-only Go binding around an Ethereum contract.
type TestDepositContractCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TestDepositContractTransactor is an auto generated write-only Go binding around an Ethereum contract.
type TestDepositContractTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TestDepositContractFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type TestDepositContractFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TestDepositContractSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type TestDepositContractSession struct {
	Contract     *TestDepositContract // Generic contract binding to set the session for
	CallOpts     bind.CallOpts        // Call options to use throughout this session
	TransactOpts bind.TransactOpts    // Transaction auth options to use throughout this session
}

// TestDepositContractCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type TestDepositContractCallerSession struct {
	Contract *TestDepositContractCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts              // Call options to use throughout this session
}

// TestDepositContractTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type TestDepositContractTransactorSession struct {
	Contract     *TestDepositContractTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts              // Transaction auth options to use throughout this session
}

// TestDepositContractRaw is an auto generated low-level Go binding around an Ethereum contract.
type TestDepositContractRaw struct {
	Contract *TestDepositContract // Generic contract binding to access the raw methods on
}

// TestDepositContractCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type TestDepositContractCallerRaw struct {
	Contract *TestDepositContractCaller // Generic read-only contract binding to access the raw methods on
}

// TestDepositContractTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type TestDepositContractTransactorRaw struct {
	Contract *TestDepositContractTransactor // Generic write-only contract binding to access the raw methods on
}

// NewTestDepositContract creates a new instance of TestDepositContract, bound to a specific deployed contract.
func NewTestDepositContract(address common.Address, backend bind.ContractBackend) (*TestDepositContract, error) {
	contract, err := bindTestDepositContract(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &TestDepositContract{TestDepositContractCaller: TestDepositContractCaller{contract: contract}, TestDepositContractTransactor: TestDepositContractTransactor{contract: contract}, TestDepositContractFilterer: TestDepositContractFilterer{contract: contract}}, nil
}

// NewTestDepositContractCaller creates a new read-only instance of TestDepositContract, bound to a specific deployed contract.
func NewTestDepositContractCaller(address common.Address, caller bind.ContractCaller) (*TestDepositContractCaller, error) {
	contract, err := bindTestDepositContract(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &TestDepositContractCaller{contract: contract}, nil
}

// NewTestDepositContractTransactor creates a new write-only instance of TestDepositContract, bound to a specific deployed contract.
func NewTestDepositContractTransactor(address common.Address, transactor bind.ContractTransactor) (*TestDepositContractTransactor, error) {
	contract, err := bindTestDepositContract(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &TestDepositContractTransactor{contract: contract}, nil
}

// NewTestDepositContractFilterer creates a new log filterer instance of TestDepositContract, bound to a specific deployed contract.
func NewTestDepositContractFilterer(address common.Address, filterer bind.ContractFilterer) (*TestDepositContractFilterer, error) {
	contract, err := bindTestDepositContract(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &TestDepositContractFilterer{contract: contract}, nil
}

// bindTestDepositContract binds a generic wrapper to an already deployed contract.
func bindTestDepositContract(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := TestDepositContractMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_TestDepositContract *TestDepositContractRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _TestDepositContract.Contract.TestDepositContractCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_TestDepositContract *TestDepositContractRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TestDepositContract.Contract.TestDepositContractTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_TestDepositContract *TestDepositContractRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _TestDepositContract.Contract.TestDepositContractTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_TestDepositContract *TestDepositContractCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _TestDepositContract.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_TestDepositContract *TestDepositContractTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TestDepositContract.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_TestDepositContract *TestDepositContractTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _TestDepositContract.Contract.contract.Transact(opts, method, params...)
}

// DataRoot is a free data retrieval call binding the contract method 0xda2c017b.
//
// Solidity: function dataRoot(bytes pubkey, bytes wc, bytes amount, bytes signature) pure returns(bytes32)
func (_TestDepositContract *TestDepositContractCaller) DataRoot(opts *bind.CallOpts, pubkey []byte, wc []byte, amount []byte, signature []byte) ([32]byte, error) {
	var out []interface{}
	err := _TestDepositContract.contract.Call(opts, &out, "dataRoot", pubkey, wc, amount, signature)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DataRoot is a free data retrieval call binding the contract method 0xda2c017b.
//
// Solidity: function dataRoot(bytes pubkey, bytes wc, bytes amount, bytes signature) pure returns(bytes32)
func (_TestDepositContract *TestDepositContractSession) DataRoot(pubkey []byte, wc []byte, amount []byte, signature []byte) ([32]byte, error) {
	return _TestDepositContract.Contract.DataRoot(&_TestDepositContract.CallOpts, pubkey, wc, amount, signature)
}

// DataRoot is a free data retrieval call binding the contract method 0xda2c017b.
//
// Solidity: function dataRoot(bytes pubkey, bytes wc, bytes amount, bytes signature) pure returns(bytes32)
func (_TestDepositContract *TestDepositContractCallerSession) DataRoot(pubkey []byte, wc []byte, amount []byte, signature []byte) ([32]byte, error) {
	return _TestDepositContract.Contract.DataRoot(&_TestDepositContract.CallOpts, pubkey, wc, amount, signature)
}

// DepositedGwei is a free data retrieval call binding the contract method 0x9c4fcf76.
//
// Solidity: function depositedGwei(bytes32 ) view returns(uint64)
func (_TestDepositContract *TestDepositContractCaller) DepositedGwei(opts *bind.CallOpts, arg0 [32]byte) (uint64, error) {
	var out []interface{}
	err := _TestDepositContract.contract.Call(opts, &out, "depositedGwei", arg0)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// DepositedGwei is a free data retrieval call binding the contract method 0x9c4fcf76.
//
// Solidity: function depositedGwei(bytes32 ) view returns(uint64)
func (_TestDepositContract *TestDepositContractSession) DepositedGwei(arg0 [32]byte) (uint64, error) {
	return _TestDepositContract.Contract.DepositedGwei(&_TestDepositContract.CallOpts, arg0)
}

// DepositedGwei is a free data retrieval call binding the contract method 0x9c4fcf76.
//
// Solidity: function depositedGwei(bytes32 ) view returns(uint64)
func (_TestDepositContract *TestDepositContractCallerSession) DepositedGwei(arg0 [32]byte) (uint64, error) {
	return _TestDepositContract.Contract.DepositedGwei(&_TestDepositContract.CallOpts, arg0)
}

// GetDepositCount is a free data retrieval call binding the contract method 0x621fd130.
//
// Solidity: function get_deposit_count() view returns(bytes)
func (_TestDepositContract *TestDepositContractCaller) GetDepositCount(opts *bind.CallOpts) ([]byte, error) {
	var out []interface{}
	err := _TestDepositContract.contract.Call(opts, &out, "get_deposit_count")

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// GetDepositCount is a free data retrieval call binding the contract method 0x621fd130.
//
// Solidity: function get_deposit_count() view returns(bytes)
func (_TestDepositContract *TestDepositContractSession) GetDepositCount() ([]byte, error) {
	return _TestDepositContract.Contract.GetDepositCount(&_TestDepositContract.CallOpts)
}

// GetDepositCount is a free data retrieval call binding the contract method 0x621fd130.
//
// Solidity: function get_deposit_count() view returns(bytes)
func (_TestDepositContract *TestDepositContractCallerSession) GetDepositCount() ([]byte, error) {
	return _TestDepositContract.Contract.GetDepositCount(&_TestDepositContract.CallOpts)
}

// GetDepositRoot is a free data retrieval call binding the contract method 0xc5f2892f.
//
// Solidity: function get_deposit_root() view returns(bytes32)
func (_TestDepositContract *TestDepositContractCaller) GetDepositRoot(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _TestDepositContract.contract.Call(opts, &out, "get_deposit_root")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetDepositRoot is a free data retrieval call binding the contract method 0xc5f2892f.
//
// Solidity: function get_deposit_root() view returns(bytes32)
func (_TestDepositContract *TestDepositContractSession) GetDepositRoot() ([32]byte, error) {
	return _TestDepositContract.Contract.GetDepositRoot(&_TestDepositContract.CallOpts)
}

// GetDepositRoot is a free data retrieval call binding the contract method 0xc5f2892f.
//
// Solidity: function get_deposit_root() view returns(bytes32)
func (_TestDepositContract *TestDepositContractCallerSession) GetDepositRoot() ([32]byte, error) {
	return _TestDepositContract.Contract.GetDepositRoot(&_TestDepositContract.CallOpts)
}

// Deposit is a paid mutator transaction binding the contract method 0x22895118.
//
// Solidity: function deposit(bytes pubkey, bytes withdrawal_credentials, bytes signature, bytes32 deposit_data_root) payable returns()
func (_TestDepositContract *TestDepositContractTransactor) Deposit(opts *bind.TransactOpts, pubkey []byte, withdrawal_credentials []byte, signature []byte, deposit_data_root [32]byte) (*types.Transaction, error) {
	return _TestDepositContract.contract.Transact(opts, "deposit", pubkey, withdrawal_credentials, signature, deposit_data_root)
}

// Deposit is a paid mutator transaction binding the contract method 0x22895118.
//
// Solidity: function deposit(bytes pubkey, bytes withdrawal_credentials, bytes signature, bytes32 deposit_data_root) payable returns()
func (_TestDepositContract *TestDepositContractSession) Deposit(pubkey []byte, withdrawal_credentials []byte, signature []byte, deposit_data_root [32]byte) (*types.Transaction, error) {
	return _TestDepositContract.Contract.Deposit(&_TestDepositContract.TransactOpts, pubkey, withdrawal_credentials, signature, deposit_data_root)
}

// Deposit is a paid mutator transaction binding the contract method 0x22895118.
//
// Solidity: function deposit(bytes pubkey, bytes withdrawal_credentials, bytes signature, bytes32 deposit_data_root) payable returns()
func (_TestDepositContract *TestDepositContractTransactorSession) Deposit(pubkey []byte, withdrawal_credentials []byte, signature []byte, deposit_data_root [32]byte) (*types.Transaction, error) {
	return _TestDepositContract.Contract.Deposit(&_TestDepositContract.TransactOpts, pubkey, withdrawal_credentials, signature, deposit_data_root)
}

// TestDepositContractDepositEventIterator is returned from FilterDepositEvent and is used to iterate over the raw logs and unpacked data for DepositEvent events raised by the TestDepositContract contract.
type TestDepositContractDepositEventIterator struct {
	Event *TestDepositContractDepositEvent // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TestDepositContractDepositEventIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TestDepositContractDepositEvent)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TestDepositContractDepositEvent)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TestDepositContractDepositEventIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TestDepositContractDepositEventIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TestDepositContractDepositEvent represents a DepositEvent event raised by the TestDepositContract contract.
type TestDepositContractDepositEvent struct {
	Pubkey                []byte
	WithdrawalCredentials []byte
	Amount                []byte
	Signature             []byte
	Index                 []byte
	Raw                   types.Log // Blockchain specific contextual infos
}

// FilterDepositEvent is a free log retrieval operation binding the contract event 0x649bbc62d0e31342afea4e5cd82d4049e7e1ee912fc0889aa790803be39038c5.
//
// Solidity: event DepositEvent(bytes pubkey, bytes withdrawal_credentials, bytes amount, bytes signature, bytes index)
func (_TestDepositContract *TestDepositContractFilterer) FilterDepositEvent(opts *bind.FilterOpts) (*TestDepositContractDepositEventIterator, error) {

	logs, sub, err := _TestDepositContract.contract.FilterLogs(opts, "DepositEvent")
	if err != nil {
		return nil, err
	}
	return &TestDepositContractDepositEventIterator{contract: _TestDepositContract.contract, event: "DepositEvent", logs: logs, sub: sub}, nil
}

// WatchDepositEvent is a free log subscription operation binding the contract event 0x649bbc62d0e31342afea4e5cd82d4049e7e1ee912fc0889aa790803be39038c5.
//
// Solidity: event DepositEvent(bytes pubkey, bytes withdrawal_credentials, bytes amount, bytes signature, bytes index)
func (_TestDepositContract *TestDepositContractFilterer) WatchDepositEvent(opts *bind.WatchOpts, sink chan<- *TestDepositContractDepositEvent) (event.Subscription, error) {

	logs, sub, err := _TestDepositContract.contract.WatchLogs(opts, "DepositEvent")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TestDepositContractDepositEvent)
				if err := _TestDepositContract.contract.UnpackLog(event, "DepositEvent", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDepositEvent is a log parse operation binding the contract event 0x649bbc62d0e31342afea4e5cd82d4049e7e1ee912fc0889aa790803be39038c5.
//
// Solidity: event DepositEvent(bytes pubkey, bytes withdrawal_credentials, bytes amount, bytes signature, bytes index)
func (_TestDepositContract *TestDepositContractFilterer) ParseDepositEvent(log types.Log) (*TestDepositContractDepositEvent, error) {
	event := new(TestDepositContractDepositEvent)
	if err := _TestDepositContract.contract.UnpackLog(event, "DepositEvent", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TestTokenMetaData contains all meta data concerning the TestToken contract.
var TestTokenMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x608060405234801561000f575f5ffd5b506040518060400160405280601781526020017f4b65795374616b6520546573742046656520546f6b656e000000000000000000815250604051806040016040528060058152602001644b5346454560d81b81525081600390816100739190610120565b5060046100808282610120565b5050506101da565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806100b057607f821691505b6020821081036100ce57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561011b57805f5260205f20601f840160051c810160208510156100f95750805b601f840160051c820191505b81811015610118575f8155600101610105565b50505b505050565b81516001600160401b0381111561013957610139610088565b61014d81610147845461009c565b846100d4565b6020601f82116001811461017f575f83156101685750848201515b5f19600385901b1c1916600184901b178455610118565b5f84815260208120601f198516915b828110156101ae578785015182556020948501946001909201910161018e565b50848210156101cb57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b61071d806101e75f395ff3fe608060405234801561000f575f5ffd5b506004361061009b575f3560e01c806340c10f191161006357806340c10f191461011457806370a082311461012957806395d89b4114610151578063a9059cbb14610159578063dd62ed3e1461016c575f5ffd5b806306fdde031461009f578063095ea7b3146100bd57806318160ddd146100e057806323b872dd146100f2578063313ce56714610105575b5f5ffd5b6100a76101a4565b6040516100b491906105b6565b60405180910390f35b6100d06100cb366004610606565b610234565b60405190151581526020016100b4565b6002545b6040519081526020016100b4565b6100d061010036600461062e565b61024d565b604051601281526020016100b4565b610127610122366004610606565b610270565b005b6100e4610137366004610668565b6001600160a01b03165f9081526020819052604090205490565b6100a761027e565b6100d0610167366004610606565b61028d565b6100e461017a366004610688565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6060600380546101b3906106b9565b80601f01602080910402602001604051908101604052809291908181526020018280546101df906106b9565b801561022a5780601f106102015761010080835404028352916020019161022a565b820191905f5260205f20905b81548152906001019060200180831161020d57829003601f168201915b5050505050905090565b5f3361024181858561029a565b60019150505b92915050565b5f3361025a8582856102ac565b61026585858561032d565b506001949350505050565b61027a828261038a565b5050565b6060600480546101b3906106b9565b5f3361024181858561032d565b6102a783838360016103be565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610327578181101561031957604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064015b60405180910390fd5b61032784848484035f6103be565b50505050565b6001600160a01b03831661035657604051634b637e8f60e11b81525f6004820152602401610310565b6001600160a01b03821661037f5760405163ec442f0560e01b81525f6004820152602401610310565b6102a7838383610490565b6001600160a01b0382166103b35760405163ec442f0560e01b81525f6004820152602401610310565b61027a5f8383610490565b6001600160a01b0384166103e75760405163e602df0560e01b81525f6004820152602401610310565b6001600160a01b03831661041057604051634a1406b160e11b81525f6004820152602401610310565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561032757826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161048291815260200190565b60405180910390a350505050565b6001600160a01b0383166104ba578060025f8282546104af91906106f1565b9091555061052a9050565b6001600160a01b0383165f908152602081905260409020548181101561050c5760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610310565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661054657600280548290039055610564565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516105a991815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b0381168114610601575f5ffd5b919050565b5f5f60408385031215610617575f5ffd5b610620836105eb565b946020939093013593505050565b5f5f5f60608486031215610640575f5ffd5b610649846105eb565b9250610657602085016105eb565b929592945050506040919091013590565b5f60208284031215610678575f5ffd5b610681826105eb565b9392505050565b5f5f60408385031215610699575f5ffd5b6106a2836105eb565b91506106b0602084016105eb565b90509250929050565b600181811c908216806106cd57607f821691505b6020821081036106eb57634e487b7160e01b5f52602260045260245ffd5b50919050565b8082018082111561024757634e487b7160e01b5f52601160045260245ffdfea164736f6c634300081e000a",
}

// TestTokenABI is the input ABI used to generate the binding from.
// Deprecated: Use TestTokenMetaData.ABI instead.
var TestTokenABI = TestTokenMetaData.ABI

// TestTokenBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use TestTokenMetaData.Bin instead.
var TestTokenBin = TestTokenMetaData.Bin

// DeployTestToken deploys a new Ethereum contract, binding an instance of TestToken to it.
func DeployTestToken(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *TestToken, error) {
	parsed, err := TestTokenMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(TestTokenBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &TestToken{TestTokenCaller: TestTokenCaller{contract: contract}, TestTokenTransactor: TestTokenTransactor{contract: contract}, TestTokenFilterer: TestTokenFilterer{contract: contract}}, nil
}

// TestToken is an auto generated Go binding around an Ethereum contract.
type TestToken struct {
	TestTokenCaller     // Read-only binding to the contract
	TestTokenTransactor // Write-only binding to the contract
	TestTokenFilterer   // Log filterer for contract events
}

// TestTokenCaller is an auto generated read-only Go binding around an Ethereum contract.
type TestTokenCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TestTokenTransactor is an auto generated write-only Go binding around an Ethereum contract.
type TestTokenTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TestTokenFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type TestTokenFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TestTokenSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type TestTokenSession struct {
	Contract     *TestToken        // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// TestTokenCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type TestTokenCallerSession struct {
	Contract *TestTokenCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts    // Call options to use throughout this session
}

// TestTokenTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type TestTokenTransactorSession struct {
	Contract     *TestTokenTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts    // Transaction auth options to use throughout this session
}

// TestTokenRaw is an auto generated low-level Go binding around an Ethereum contract.
type TestTokenRaw struct {
	Contract *TestToken // Generic contract binding to access the raw methods on
}

// TestTokenCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type TestTokenCallerRaw struct {
	Contract *TestTokenCaller // Generic read-only contract binding to access the raw methods on
}

// TestTokenTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type TestTokenTransactorRaw struct {
	Contract *TestTokenTransactor // Generic write-only contract binding to access the raw methods on
}

// NewTestToken creates a new instance of TestToken, bound to a specific deployed contract.
func NewTestToken(address common.Address, backend bind.ContractBackend) (*TestToken, error) {
	contract, err := bindTestToken(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &TestToken{TestTokenCaller: TestTokenCaller{contract: contract}, TestTokenTransactor: TestTokenTransactor{contract: contract}, TestTokenFilterer: TestTokenFilterer{contract: contract}}, nil
}

// NewTestTokenCaller creates a new read-only instance of TestToken, bound to a specific deployed contract.
func NewTestTokenCaller(address common.Address, caller bind.ContractCaller) (*TestTokenCaller, error) {
	contract, err := bindTestToken(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &TestTokenCaller{contract: contract}, nil
}

// NewTestTokenTransactor creates a new write-only instance of TestToken, bound to a specific deployed contract.
func NewTestTokenTransactor(address common.Address, transactor bind.ContractTransactor) (*TestTokenTransactor, error) {
	contract, err := bindTestToken(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &TestTokenTransactor{contract: contract}, nil
}

// NewTestTokenFilterer creates a new log filterer instance of TestToken, bound to a specific deployed contract.
func NewTestTokenFilterer(address common.Address, filterer bind.ContractFilterer) (*TestTokenFilterer, error) {
	contract, err := bindTestToken(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &TestTokenFilterer{contract: contract}, nil
}

// bindTestToken binds a generic wrapper to an already deployed contract.
func bindTestToken(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := TestTokenMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_TestToken *TestTokenRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _TestToken.Contract.TestTokenCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_TestToken *TestTokenRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TestToken.Contract.TestTokenTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_TestToken *TestTokenRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _TestToken.Contract.TestTokenTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_TestToken *TestTokenCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _TestToken.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_TestToken *TestTokenTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TestToken.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_TestToken *TestTokenTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _TestToken.Contract.contract.Transact(opts, method, params...)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_TestToken *TestTokenCaller) Allowance(opts *bind.CallOpts, owner common.Address, spender common.Address) (*big.Int, error) {
	var out []interface{}
	err := _TestToken.contract.Call(opts, &out, "allowance", owner, spender)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_TestToken *TestTokenSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _TestToken.Contract.Allowance(&_TestToken.CallOpts, owner, spender)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_TestToken *TestTokenCallerSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _TestToken.Contract.Allowance(&_TestToken.CallOpts, owner, spender)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_TestToken *TestTokenCaller) BalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _TestToken.contract.Call(opts, &out, "balanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_TestToken *TestTokenSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _TestToken.Contract.BalanceOf(&_TestToken.CallOpts, account)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_TestToken *TestTokenCallerSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _TestToken.Contract.BalanceOf(&_TestToken.CallOpts, account)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_TestToken *TestTokenCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _TestToken.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_TestToken *TestTokenSession) Decimals() (uint8, error) {
	return _TestToken.Contract.Decimals(&_TestToken.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_TestToken *TestTokenCallerSession) Decimals() (uint8, error) {
	return _TestToken.Contract.Decimals(&_TestToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_TestToken *TestTokenCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _TestToken.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_TestToken *TestTokenSession) Name() (string, error) {
	return _TestToken.Contract.Name(&_TestToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_TestToken *TestTokenCallerSession) Name() (string, error) {
	return _TestToken.Contract.Name(&_TestToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_TestToken *TestTokenCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _TestToken.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_TestToken *TestTokenSession) Symbol() (string, error) {
	return _TestToken.Contract.Symbol(&_TestToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_TestToken *TestTokenCallerSession) Symbol() (string, error) {
	return _TestToken.Contract.Symbol(&_TestToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_TestToken *TestTokenCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _TestToken.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_TestToken *TestTokenSession) TotalSupply() (*big.Int, error) {
	return _TestToken.Contract.TotalSupply(&_TestToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_TestToken *TestTokenCallerSession) TotalSupply() (*big.Int, error) {
	return _TestToken.Contract.TotalSupply(&_TestToken.CallOpts)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_TestToken *TestTokenTransactor) Approve(opts *bind.TransactOpts, spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestToken.contract.Transact(opts, "approve", spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_TestToken *TestTokenSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestToken.Contract.Approve(&_TestToken.TransactOpts, spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_TestToken *TestTokenTransactorSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestToken.Contract.Approve(&_TestToken.TransactOpts, spender, value)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_TestToken *TestTokenTransactor) Mint(opts *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TestToken.contract.Transact(opts, "mint", to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_TestToken *TestTokenSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TestToken.Contract.Mint(&_TestToken.TransactOpts, to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_TestToken *TestTokenTransactorSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TestToken.Contract.Mint(&_TestToken.TransactOpts, to, amount)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_TestToken *TestTokenTransactor) Transfer(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestToken.contract.Transact(opts, "transfer", to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_TestToken *TestTokenSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestToken.Contract.Transfer(&_TestToken.TransactOpts, to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_TestToken *TestTokenTransactorSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestToken.Contract.Transfer(&_TestToken.TransactOpts, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_TestToken *TestTokenTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestToken.contract.Transact(opts, "transferFrom", from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_TestToken *TestTokenSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestToken.Contract.TransferFrom(&_TestToken.TransactOpts, from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_TestToken *TestTokenTransactorSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestToken.Contract.TransferFrom(&_TestToken.TransactOpts, from, to, value)
}

// TestTokenApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the TestToken contract.
type TestTokenApprovalIterator struct {
	Event *TestTokenApproval // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TestTokenApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TestTokenApproval)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TestTokenApproval)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TestTokenApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TestTokenApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TestTokenApproval represents a Approval event raised by the TestToken contract.
type TestTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_TestToken *TestTokenFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*TestTokenApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _TestToken.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &TestTokenApprovalIterator{contract: _TestToken.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_TestToken *TestTokenFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *TestTokenApproval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _TestToken.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TestTokenApproval)
				if err := _TestToken.contract.UnpackLog(event, "Approval", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseApproval is a log parse operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_TestToken *TestTokenFilterer) ParseApproval(log types.Log) (*TestTokenApproval, error) {
	event := new(TestTokenApproval)
	if err := _TestToken.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TestTokenTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the TestToken contract.
type TestTokenTransferIterator struct {
	Event *TestTokenTransfer // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TestTokenTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TestTokenTransfer)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TestTokenTransfer)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TestTokenTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TestTokenTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TestTokenTransfer represents a Transfer event raised by the TestToken contract.
type TestTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_TestToken *TestTokenFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*TestTokenTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _TestToken.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &TestTokenTransferIterator{contract: _TestToken.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_TestToken *TestTokenFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *TestTokenTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _TestToken.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TestTokenTransfer)
				if err := _TestToken.contract.UnpackLog(event, "Transfer", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTransfer is a log parse operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_TestToken *TestTokenFilterer) ParseTransfer(log types.Log) (*TestTokenTransfer, error) {
	event := new(TestTokenTransfer)
	if err := _TestToken.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ValidatorRegistryMetaData contains all meta data concerning the ValidatorRegistry contract.
var ValidatorRegistryMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractOperatorRegistry\",\"name\":\"registry\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"thresholdBlocks\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"name\":\"InvalidCommitteeSize\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidPubkey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShares\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"NotLiquidatable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotValidatorOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OperatorIdsNotSorted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"}],\"name\":\"ValidatorExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"}],\"name\":\"ValidatorNotActive\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint64[]\",\"name\":\"operatorIds\",\"type\":\"uint64[]\"}],\"name\":\"ExitRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"FeeRecipientSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"FeesDeposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"FeesWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint64[]\",\"name\":\"operatorIds\",\"type\":\"uint64[]\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"liquidator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"name\":\"ValidatorLiquidated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint64[]\",\"name\":\"operatorIds\",\"type\":\"uint64[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"publicShares\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes[]\",\"name\":\"sealedShares\",\"type\":\"bytes[]\"}],\"name\":\"ValidatorRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint64[]\",\"name\":\"operatorIds\",\"type\":\"uint64[]\"}],\"name\":\"ValidatorRemoved\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"PUBKEY_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"feeRecipientOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeToken\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"}],\"name\":\"getValidator\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint64[]\",\"name\":\"operatorIds\",\"type\":\"uint64[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"}],\"name\":\"isLiquidatable\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"}],\"name\":\"liquidate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"liquidationThresholdBlocks\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operators\",\"outputs\":[{\"internalType\":\"contractOperatorRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"internalType\":\"uint64[]\",\"name\":\"operatorIds\",\"type\":\"uint64[]\"},{\"internalType\":\"bytes\",\"name\":\"publicShares\",\"type\":\"bytes\"},{\"internalType\":\"bytes[]\",\"name\":\"sealedShares\",\"type\":\"bytes[]\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"registerValidator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"}],\"name\":\"removeValidator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"}],\"name\":\"requestExit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"setFeeRecipient\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60e060405234801561000f575f5ffd5b50604051611de3380380611de383398101604081905261002e916100d3565b60015f556001600160a01b03821660808190526040805163647846a560e01b8152905163647846a5916004808201926020929091908290030181865afa15801561007a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061009e9190610116565b6001600160a01b031660a0526001600160401b031660c05250610138565b6001600160a01b03811681146100d0575f5ffd5b50565b5f5f604083850312156100e4575f5ffd5b82516100ef816100bc565b60208401519092506001600160401b038116811461010b575f5ffd5b809150509250929050565b5f60208284031215610126575f5ffd5b8151610131816100bc565b9392505050565b60805160a05160c051611c046101df5f395f818160f90152818161036a0152818161056f0152818161099b015261126301525f81816101ae01528181610b0201526112ff01525f8181610271015281816102bf01528181610408015281816104d1015281816105e7015281816106a1015281816108fe01528181610a3b01528181610b2501528181610bb601528181610c85015281816111c501526113220152611c045ff3fe608060405234801561000f575f5ffd5b50600436106100f0575f3560e01c80637841536511610093578063b4891bfd11610063578063b4891bfd14610237578063dfcee7d214610259578063e673df8a1461026c578063e74b981b14610293575f5ffd5b806378415365146101e85780639340554014610209578063a4d55d1d1461021c578063b2f569c514610224575f5ffd5b8063390ea38f116100ce578063390ea38f1461016057806343e1cb8c1461017357806361a71f6014610186578063647846a5146101a9575f5ffd5b80630ee59ca7146100f4578063135390f9146101385780631721539b1461014d575b5f5ffd5b61011b7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b0390911681526020015b60405180910390f35b61014b610146366004611537565b6102a6565b005b61014b61015b36600461158f565b6104b8565b61014b61016e36600461158f565b610764565b61014b61018136600461160d565b6107be565b61019961019436600461158f565b6108b0565b604051901515815260200161012f565b6101d07f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161012f565b6101fb6101f636600461158f565b6109d8565b60405190815260200161012f565b61014b6102173660046116de565b610ac7565b6101fb603081565b61014b61023236600461158f565b610b9e565b61024a61024536600461158f565b610d39565b60405161012f93929190611725565b6101d061026736600461178e565b610e17565b6101d07f000000000000000000000000000000000000000000000000000000000000000081565b61014b6102a136600461178e565b610e48565b6102ae610ebf565b5f6102b98585610ee7565b90505f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166373ca0c88846001016040518263ffffffff1660e01b815260040161030c9190611891565b6040805180830381865afa158015610326573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061034a91906118a3565b915091505f6103598484610f21565b90505f866103906001600160401b037f000000000000000000000000000000000000000000000000000000000000000016856118d9565b61039a91906118f0565b9050808210156103cc5760405163cf47918160e01b815260048101839052602481018290526044015b60405180910390fd5b6103d68783611903565b60028601556003850184905560405163011081c560e11b81526001600160a01b038781166004830152602482018990527f00000000000000000000000000000000000000000000000000000000000000001690630221038a906044015f604051808303815f87803b158015610449575f5ffd5b505af115801561045b573d5f5f3e3d5ffd5b50505050856001600160a01b03167f2fe77572f22de4078a61012c8190676a65918e52e962372beb7a8307592790808a8a8a60405161049c9392919061193e565b60405180910390a250505050506104b260015f55565b50505050565b6104c0610ebf565b5f6104cb8383610f60565b90505f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166373ca0c88846001016040518263ffffffff1660e01b815260040161051e9190611891565b6040805180830381865afa158015610538573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061055c91906118a3565b90925090505f6105956001600160401b037f000000000000000000000000000000000000000000000000000000000000000016836118d9565b90505f6105a28585610f21565b90508181106105ce57604051636c76e19b60e11b815260048101829052602481018390526044016103c3565b60405163c9c4119160e01b81525f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063c9c411919061061f9060018a0190600401611891565b6020604051808303815f875af115801561063b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061065f9190611961565b90505f61066c8783610f21565b875460ff60a01b191688555f6002890155905080156107015760405163011081c560e11b8152336004820152602481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690630221038a906044015f604051808303815f87803b1580156106ea575f5ffd5b505af11580156106fc573d5f5f3e3d5ffd5b505050505b865460405133916001600160a01b0316907f7d44109bbfb7647ddac8e7ac941cc25bcdb6b19b6d8de630ee4a7f1bb63451a790610748908d908d9060018e01908890611978565b60405180910390a35050505050505061076060015f55565b5050565b5f61076f8383610ee7565b9050336001600160a01b03167f68938fdfd8ab03a179ce1e703b57ce278f98b2b8552d8c6263134b9bda4786378484846001016040516107b1939291906119af565b60405180910390a2505050565b6107c6610ebf565b6107d68989898989898989610fbd565b6107e38989898985611165565b337f98594eda4cbcf8c863fbddf16f9da3d8ea13164bfc31babda44016d093c7debf8a8a8a8a6003610816600183611903565b61082091906119f2565b61082b9060026118d9565b6108369060016118f0565b8b8b8b8b60405161084f99989796959493929190611a57565b60405180910390a2336001600160a01b03167ff22f74ad57cf989b2a5ce3d8499825b18af972a12c68d95f9a9a8753a7c388358a8a846040516108949392919061193e565b60405180910390a26108a560015f55565b505050505050505050565b5f5f60015f85856040516108c5929190611b40565b604051809103902081526020019081526020015f209050805f0160149054906101000a900460ff166108fa575f9150506109d2565b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166373ca0c88846001016040518263ffffffff1660e01b815260040161094b9190611891565b6040805180830381865afa158015610965573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061098991906118a3565b90925090506109c16001600160401b037f000000000000000000000000000000000000000000000000000000000000000016826118d9565b6109cb8484610f21565b1093505050505b92915050565b5f5f60015f85856040516109ed929190611b40565b604051809103902081526020019081526020015f209050805f0160149054906101000a900460ff16610a22575f9150506109d2565b604051630e79419160e31b81525f906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906373ca0c8890610a73906001860190600401611891565b6040805180830381865afa158015610a8d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ab191906118a3565b509050610abe8282610f21565b95945050505050565b610acf610ebf565b5f610ada8484610f60565b905081816002015f828254610aef91906118f0565b90915550610b4a90506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016337f000000000000000000000000000000000000000000000000000000000000000085611343565b336001600160a01b03167ff22f74ad57cf989b2a5ce3d8499825b18af972a12c68d95f9a9a8753a7c38835858585604051610b879392919061193e565b60405180910390a250610b9960015f55565b505050565b610ba6610ebf565b5f610bb18383610ee7565b90505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663c9c41191836001016040518263ffffffff1660e01b8152600401610c039190611891565b6020604051808303815f875af1158015610c1f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c439190611961565b90505f610c508383610f21565b835460ff60a01b191684555f600285015590508015610ce55760405163011081c560e11b8152336004820152602481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690630221038a906044015f604051808303815f87803b158015610cce575f5ffd5b505af1158015610ce0573d5f5f3e3d5ffd5b505050505b336001600160a01b03167f5b35e346f5c353a0b5a445c0cd7bee2b2db1eeaf11a25253b643721cda1f2fca868686600101604051610d25939291906119af565b60405180910390a250505061076060015f55565b5f5f60605f60015f8787604051610d51929190611b40565b604080519182900390912082526020808301939093529081015f2080546001820180548451818702810187019095528085529295506001600160a01b03821694600160a01b90920460ff169390929091839190830182828015610e0257602002820191905f5260205f20905f905b82829054906101000a90046001600160401b03166001600160401b031681526020019060080190602082600701049283019260010382029150808411610dbf5790505b50505050509050935093509350509250925092565b6001600160a01b038082165f908152600260205260408120549091168015610e3f5780610e41565b825b9392505050565b335f81815260026020526040902080546001600160a01b0319166001600160a01b0384169081179091557f15d80a013f22151bc7246e3bc132e12828cde19de98870475e3fa708401527219015610e9f5782610ea1565b335b6040516001600160a01b03909116815260200160405180910390a250565b60025f5403610ee157604051633ee5aeb560e01b815260040160405180910390fd5b60025f55565b5f610ef28383610f60565b80549091506001600160a01b031633146109d2576040516370a4337d60e11b81523360048201526024016103c3565b5f5f836003015483610f339190611903565b90508360020154811015610f5657808460020154610f519190611903565b610f58565b5f5b949350505050565b5f60015f8484604051610f74929190611b40565b604051809103902081526020019081526020015f209050805f0160149054906101000a900460ff166109d25782826040516326c96cf360e21b81526004016103c3929190611b4f565b60308714610fde5760405163422cc3b760e01b815260040160405180910390fd5b846004811080610fee5750600d81115b8061100e57506003611001600183611903565b61100b9190611b62565b15155b1561102f57604051636f788de560e01b8152600481018290526024016103c3565b60015b818110156110ca578787611047600184611903565b81811061105657611056611b75565b905060200201602081019061106b9190611b89565b6001600160401b031688888381811061108657611086611b75565b905060200201602081019061109b9190611b89565b6001600160401b0316116110c257604051632f3bcb2960e11b815260040160405180910390fd5b600101611032565b506110d66030826118d9565b841415806110e45750818114155b1561110257604051636edcc52360e01b815260040160405180910390fd5b5f5b818110156111595783838281811061111e5761111e611b75565b90506020028101906111309190611ba2565b90505f0361115157604051636edcc52360e01b815260040160405180910390fd5b600101611104565b50505050505050505050565b5f60015f8787604051611179929190611b40565b604080519182900390912082526020820192909252015f2080549091506001600160a01b0316156111c1578585604051635757780560e11b81526004016103c3929190611b4f565b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663834a959d87876040518363ffffffff1660e01b8152600401611211929190611be4565b60408051808303815f875af115801561122c573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061125091906118a3565b90925090505f6112896001600160401b037f000000000000000000000000000000000000000000000000000000000000000016836118d9565b9050808510156112b65760405163cf47918160e01b815260048101869052602481018290526044016103c3565b835460ff60a01b1933166001600160a81b031990911617600160a01b1784556112e3600185018888611406565b5060028401859055600384018390556108a56001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016337f0000000000000000000000000000000000000000000000000000000000000000885b604080516001600160a01b038581166024830152841660448201526064808201849052825180830390910181526084909101909152602080820180516001600160e01b03166323b872dd60e01b17815282516104b293889390925f9283929183919082885af1806113b9576040513d5f823e3d81fd5b50505f513d915081156113d05780600114156113dd565b6001600160a01b0384163b155b156104b257604051635274afe760e01b81526001600160a01b03851660048201526024016103c3565b828054828255905f5260205f20906003016004900481019282156114b4579160200282015f5b8382111561147f5783356001600160401b031683826101000a8154816001600160401b0302191690836001600160401b03160217905550926020019260080160208160070104928301926001030261142c565b80156114b25782816101000a8154906001600160401b03021916905560080160208160070104928301926001030261147f565b505b506114c09291506114c4565b5090565b5b808211156114c0575f81556001016114c5565b5f5f83601f8401126114e8575f5ffd5b5081356001600160401b038111156114fe575f5ffd5b602083019150836020828501011115611515575f5ffd5b9250929050565b80356001600160a01b0381168114611532575f5ffd5b919050565b5f5f5f5f6060858703121561154a575f5ffd5b84356001600160401b0381111561155f575f5ffd5b61156b878288016114d8565b909550935050602085013591506115846040860161151c565b905092959194509250565b5f5f602083850312156115a0575f5ffd5b82356001600160401b038111156115b5575f5ffd5b6115c1858286016114d8565b90969095509350505050565b5f5f83601f8401126115dd575f5ffd5b5081356001600160401b038111156115f3575f5ffd5b6020830191508360208260051b8501011115611515575f5ffd5b5f5f5f5f5f5f5f5f5f60a08a8c031215611625575f5ffd5b89356001600160401b0381111561163a575f5ffd5b6116468c828d016114d8565b909a5098505060208a01356001600160401b03811115611664575f5ffd5b6116708c828d016115cd565b90985096505060408a01356001600160401b0381111561168e575f5ffd5b61169a8c828d016114d8565b90965094505060608a01356001600160401b038111156116b8575f5ffd5b6116c48c828d016115cd565b9a9d999c50979a9699959894979660800135949350505050565b5f5f5f604084860312156116f0575f5ffd5b83356001600160401b03811115611705575f5ffd5b611711868287016114d8565b909790965060209590950135949350505050565b6001600160a01b038416815282151560208083019190915260606040830181905283519083018190525f918401906080840190835b818110156117815783516001600160401b031683526020938401939092019160010161175a565b5090979650505050505050565b5f6020828403121561179e575f5ffd5b610e418261151c565b80548083525f8281526020808220940193909190825b8260038201101561180c5781546001600160401b038082168852604082811c821660208a0152608083811c9092169089015260c09190911c6060880152909501946001909101906004016117bd565b9054908281101561182d576001600160401b03821686526020909501946001015b8281101561184f576001600160401b03604083901c1686526020909501946001015b82811015611871576001600160401b03608083901c1686526020909501946001015b828110156118875760c082901c86526020860195505b5093949350505050565b602081525f610e4160208301846117a7565b5f5f604083850312156118b4575f5ffd5b505080516020909101519092909150565b634e487b7160e01b5f52601160045260245ffd5b80820281158282048414176109d2576109d26118c5565b808201808211156109d2576109d26118c5565b818103818111156109d2576109d26118c5565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f611951604083018587611916565b9050826020830152949350505050565b5f60208284031215611971575f5ffd5b5051919050565b606081525f61198b606083018688611916565b828103602084015261199d81866117a7565b91505082604083015295945050505050565b604081525f6119c2604083018587611916565b82810360208401526119d481856117a7565b9695505050505050565b634e487b7160e01b5f52601260045260245ffd5b5f82611a0057611a006119de565b500490565b80356001600160401b0381168114611532575f5ffd5b8183526020830192505f815f5b84811015611887576001600160401b03611a4183611a05565b1686526020958601959190910190600101611a28565b60a081525f611a6a60a083018b8d611916565b8281036020840152611a7d818a8c611a1b565b90508760408401528281036060840152611a98818789611916565b83810360808501528481529050602080820190600586901b830101865f36829003601e19015b88821015611b2b57858403601f190185528235818112611adc575f5ffd5b8a016020810190356001600160401b03811115611af7575f5ffd5b803603821315611b05575f5ffd5b611b10868284611916565b95505050602083019250602085019450600182019150611abe565b50919f9e505050505050505050505050505050565b818382375f9101908152919050565b602081525f610f58602083018486611916565b5f82611b7057611b706119de565b500690565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215611b99575f5ffd5b610e4182611a05565b5f5f8335601e19843603018112611bb7575f5ffd5b8301803591506001600160401b03821115611bd0575f5ffd5b602001915036819003821315611515575f5ffd5b602081525f610f58602083018486611a1b56fea164736f6c634300081e000a",
}

// ValidatorRegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use ValidatorRegistryMetaData.ABI instead.
var ValidatorRegistryABI = ValidatorRegistryMetaData.ABI

// ValidatorRegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ValidatorRegistryMetaData.Bin instead.
var ValidatorRegistryBin = ValidatorRegistryMetaData.Bin

// DeployValidatorRegistry deploys a new Ethereum contract, binding an instance of ValidatorRegistry to it.
func DeployValidatorRegistry(auth *bind.TransactOpts, backend bind.ContractBackend, registry common.Address, thresholdBlocks uint64) (common.Address, *types.Transaction, *ValidatorRegistry, error) {
	parsed, err := ValidatorRegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ValidatorRegistryBin), backend, registry, thresholdBlocks)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ValidatorRegistry{ValidatorRegistryCaller: ValidatorRegistryCaller{contract: contract}, ValidatorRegistryTransactor: ValidatorRegistryTransactor{contract: contract}, ValidatorRegistryFilterer: ValidatorRegistryFilterer{contract: contract}}, nil
}

// ValidatorRegistry is an auto generated Go binding around an Ethereum contract.
type ValidatorRegistry struct {
	ValidatorRegistryCaller     // Read-only binding to the contract
	ValidatorRegistryTransactor // Write-only binding to the contract
	ValidatorRegistryFilterer   // Log filterer for contract events
}

// ValidatorRegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type ValidatorRegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ValidatorRegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ValidatorRegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ValidatorRegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ValidatorRegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ValidatorRegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ValidatorRegistrySession struct {
	Contract     *ValidatorRegistry // Generic contract binding to set the session for
	CallOpts     bind.CallOpts      // Call options to use throughout this session
	TransactOpts bind.TransactOpts  // Transaction auth options to use throughout this session
}

// ValidatorRegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ValidatorRegistryCallerSession struct {
	Contract *ValidatorRegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts            // Call options to use throughout this session
}

// ValidatorRegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ValidatorRegistryTransactorSession struct {
	Contract     *ValidatorRegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts            // Transaction auth options to use throughout this session
}

// ValidatorRegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type ValidatorRegistryRaw struct {
	Contract *ValidatorRegistry // Generic contract binding to access the raw methods on
}

// ValidatorRegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ValidatorRegistryCallerRaw struct {
	Contract *ValidatorRegistryCaller // Generic read-only contract binding to access the raw methods on
}

// ValidatorRegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ValidatorRegistryTransactorRaw struct {
	Contract *ValidatorRegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewValidatorRegistry creates a new instance of ValidatorRegistry, bound to a specific deployed contract.
func NewValidatorRegistry(address common.Address, backend bind.ContractBackend) (*ValidatorRegistry, error) {
	contract, err := bindValidatorRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ValidatorRegistry{ValidatorRegistryCaller: ValidatorRegistryCaller{contract: contract}, ValidatorRegistryTransactor: ValidatorRegistryTransactor{contract: contract}, ValidatorRegistryFilterer: ValidatorRegistryFilterer{contract: contract}}, nil
}

// NewValidatorRegistryCaller creates a new read-only instance of ValidatorRegistry, bound to a specific deployed contract.
func NewValidatorRegistryCaller(address common.Address, caller bind.ContractCaller) (*ValidatorRegistryCaller, error) {
	contract, err := bindValidatorRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ValidatorRegistryCaller{contract: contract}, nil
}

// NewValidatorRegistryTransactor creates a new write-only instance of ValidatorRegistry, bound to a specific deployed contract.
func NewValidatorRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*ValidatorRegistryTransactor, error) {
	contract, err := bindValidatorRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ValidatorRegistryTransactor{contract: contract}, nil
}

// NewValidatorRegistryFilterer creates a new log filterer instance of ValidatorRegistry, bound to a specific deployed contract.
func NewValidatorRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*ValidatorRegistryFilterer, error) {
	contract, err := bindValidatorRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ValidatorRegistryFilterer{contract: contract}, nil
}

// bindValidatorRegistry binds a generic wrapper to an already deployed contract.
func bindValidatorRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ValidatorRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ValidatorRegistry *ValidatorRegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ValidatorRegistry.Contract.ValidatorRegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ValidatorRegistry *ValidatorRegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ValidatorRegistry.Contract.ValidatorRegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ValidatorRegistry *ValidatorRegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ValidatorRegistry.Contract.ValidatorRegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ValidatorRegistry *ValidatorRegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ValidatorRegistry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ValidatorRegistry *ValidatorRegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ValidatorRegistry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ValidatorRegistry *ValidatorRegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ValidatorRegistry.Contract.contract.Transact(opts, method, params...)
}

// PUBKEYLENGTH is a free data retrieval call binding the contract method 0xa4d55d1d.
//
// Solidity: function PUBKEY_LENGTH() view returns(uint256)
func (_ValidatorRegistry *ValidatorRegistryCaller) PUBKEYLENGTH(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ValidatorRegistry.contract.Call(opts, &out, "PUBKEY_LENGTH")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// PUBKEYLENGTH is a free data retrieval call binding the contract method 0xa4d55d1d.
//
// Solidity: function PUBKEY_LENGTH() view returns(uint256)
func (_ValidatorRegistry *ValidatorRegistrySession) PUBKEYLENGTH() (*big.Int, error) {
	return _ValidatorRegistry.Contract.PUBKEYLENGTH(&_ValidatorRegistry.CallOpts)
}

// PUBKEYLENGTH is a free data retrieval call binding the contract method 0xa4d55d1d.
//
// Solidity: function PUBKEY_LENGTH() view returns(uint256)
func (_ValidatorRegistry *ValidatorRegistryCallerSession) PUBKEYLENGTH() (*big.Int, error) {
	return _ValidatorRegistry.Contract.PUBKEYLENGTH(&_ValidatorRegistry.CallOpts)
}

// BalanceOf is a free data retrieval call binding the contract method 0x78415365.
//
// Solidity: function balanceOf(bytes pubkey) view returns(uint256)
func (_ValidatorRegistry *ValidatorRegistryCaller) BalanceOf(opts *bind.CallOpts, pubkey []byte) (*big.Int, error) {
	var out []interface{}
	err := _ValidatorRegistry.contract.Call(opts, &out, "balanceOf", pubkey)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x78415365.
//
// Solidity: function balanceOf(bytes pubkey) view returns(uint256)
func (_ValidatorRegistry *ValidatorRegistrySession) BalanceOf(pubkey []byte) (*big.Int, error) {
	return _ValidatorRegistry.Contract.BalanceOf(&_ValidatorRegistry.CallOpts, pubkey)
}

// BalanceOf is a free data retrieval call binding the contract method 0x78415365.
//
// Solidity: function balanceOf(bytes pubkey) view returns(uint256)
func (_ValidatorRegistry *ValidatorRegistryCallerSession) BalanceOf(pubkey []byte) (*big.Int, error) {
	return _ValidatorRegistry.Contract.BalanceOf(&_ValidatorRegistry.CallOpts, pubkey)
}

// FeeRecipientOf is a free data retrieval call binding the contract method 0xdfcee7d2.
//
// Solidity: function feeRecipientOf(address owner) view returns(address)
func (_ValidatorRegistry *ValidatorRegistryCaller) FeeRecipientOf(opts *bind.CallOpts, owner common.Address) (common.Address, error) {
	var out []interface{}
	err := _ValidatorRegistry.contract.Call(opts, &out, "feeRecipientOf", owner)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// FeeRecipientOf is a free data retrieval call binding the contract method 0xdfcee7d2.
//
// Solidity: function feeRecipientOf(address owner) view returns(address)
func (_ValidatorRegistry *ValidatorRegistrySession) FeeRecipientOf(owner common.Address) (common.Address, error) {
	return _ValidatorRegistry.Contract.FeeRecipientOf(&_ValidatorRegistry.CallOpts, owner)
}

// FeeRecipientOf is a free data retrieval call binding the contract method 0xdfcee7d2.
//
// Solidity: function feeRecipientOf(address owner) view returns(address)
func (_ValidatorRegistry *ValidatorRegistryCallerSession) FeeRecipientOf(owner common.Address) (common.Address, error) {
	return _ValidatorRegistry.Contract.FeeRecipientOf(&_ValidatorRegistry.CallOpts, owner)
}

// FeeToken is a free data retrieval call binding the contract method 0x647846a5.
//
// Solidity: function feeToken() view returns(address)
func (_ValidatorRegistry *ValidatorRegistryCaller) FeeToken(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ValidatorRegistry.contract.Call(opts, &out, "feeToken")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// FeeToken is a free data retrieval call binding the contract method 0x647846a5.
//
// Solidity: function feeToken() view returns(address)
func (_ValidatorRegistry *ValidatorRegistrySession) FeeToken() (common.Address, error) {
	return _ValidatorRegistry.Contract.FeeToken(&_ValidatorRegistry.CallOpts)
}

// FeeToken is a free data retrieval call binding the contract method 0x647846a5.
//
// Solidity: function feeToken() view returns(address)
func (_ValidatorRegistry *ValidatorRegistryCallerSession) FeeToken() (common.Address, error) {
	return _ValidatorRegistry.Contract.FeeToken(&_ValidatorRegistry.CallOpts)
}

// GetValidator is a free data retrieval call binding the contract method 0xb4891bfd.
//
// Solidity: function getValidator(bytes pubkey) view returns(address owner, bool active, uint64[] operatorIds)
func (_ValidatorRegistry *ValidatorRegistryCaller) GetValidator(opts *bind.CallOpts, pubkey []byte) (struct {
	Owner       common.Address
	Active      bool
	OperatorIds []uint64
}, error) {
	var out []interface{}
	err := _ValidatorRegistry.contract.Call(opts, &out, "getValidator", pubkey)

	outstruct := new(struct {
		Owner       common.Address
		Active      bool
		OperatorIds []uint64
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Owner = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Active = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.OperatorIds = *abi.ConvertType(out[2], new([]uint64)).(*[]uint64)

	return *outstruct, err

}

// GetValidator is a free data retrieval call binding the contract method 0xb4891bfd.
//
// Solidity: function getValidator(bytes pubkey) view returns(address owner, bool active, uint64[] operatorIds)
func (_ValidatorRegistry *ValidatorRegistrySession) GetValidator(pubkey []byte) (struct {
	Owner       common.Address
	Active      bool
	OperatorIds []uint64
}, error) {
	return _ValidatorRegistry.Contract.GetValidator(&_ValidatorRegistry.CallOpts, pubkey)
}

// GetValidator is a free data retrieval call binding the contract method 0xb4891bfd.
//
// Solidity: function getValidator(bytes pubkey) view returns(address owner, bool active, uint64[] operatorIds)
func (_ValidatorRegistry *ValidatorRegistryCallerSession) GetValidator(pubkey []byte) (struct {
	Owner       common.Address
	Active      bool
	OperatorIds []uint64
}, error) {
	return _ValidatorRegistry.Contract.GetValidator(&_ValidatorRegistry.CallOpts, pubkey)
}

// IsLiquidatable is a free data retrieval call binding the contract method 0x61a71f60.
//
// Solidity: function isLiquidatable(bytes pubkey) view returns(bool)
func (_ValidatorRegistry *ValidatorRegistryCaller) IsLiquidatable(opts *bind.CallOpts, pubkey []byte) (bool, error) {
	var out []interface{}
	err := _ValidatorRegistry.contract.Call(opts, &out, "isLiquidatable", pubkey)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsLiquidatable is a free data retrieval call binding the contract method 0x61a71f60.
//
// Solidity: function isLiquidatable(bytes pubkey) view returns(bool)
func (_ValidatorRegistry *ValidatorRegistrySession) IsLiquidatable(pubkey []byte) (bool, error) {
	return _ValidatorRegistry.Contract.IsLiquidatable(&_ValidatorRegistry.CallOpts, pubkey)
}

// IsLiquidatable is a free data retrieval call binding the contract method 0x61a71f60.
//
// Solidity: function isLiquidatable(bytes pubkey) view returns(bool)
func (_ValidatorRegistry *ValidatorRegistryCallerSession) IsLiquidatable(pubkey []byte) (bool, error) {
	return _ValidatorRegistry.Contract.IsLiquidatable(&_ValidatorRegistry.CallOpts, pubkey)
}

// LiquidationThresholdBlocks is a free data retrieval call binding the contract method 0x0ee59ca7.
//
// Solidity: function liquidationThresholdBlocks() view returns(uint64)
func (_ValidatorRegistry *ValidatorRegistryCaller) LiquidationThresholdBlocks(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _ValidatorRegistry.contract.Call(opts, &out, "liquidationThresholdBlocks")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// LiquidationThresholdBlocks is a free data retrieval call binding the contract method 0x0ee59ca7.
//
// Solidity: function liquidationThresholdBlocks() view returns(uint64)
func (_ValidatorRegistry *ValidatorRegistrySession) LiquidationThresholdBlocks() (uint64, error) {
	return _ValidatorRegistry.Contract.LiquidationThresholdBlocks(&_ValidatorRegistry.CallOpts)
}

// LiquidationThresholdBlocks is a free data retrieval call binding the contract method 0x0ee59ca7.
//
// Solidity: function liquidationThresholdBlocks() view returns(uint64)
func (_ValidatorRegistry *ValidatorRegistryCallerSession) LiquidationThresholdBlocks() (uint64, error) {
	return _ValidatorRegistry.Contract.LiquidationThresholdBlocks(&_ValidatorRegistry.CallOpts)
}

// Operators is a free data retrieval call binding the contract method 0xe673df8a.
//
// Solidity: function operators() view returns(address)
func (_ValidatorRegistry *ValidatorRegistryCaller) Operators(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ValidatorRegistry.contract.Call(opts, &out, "operators")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Operators is a free data retrieval call binding the contract method 0xe673df8a.
//
// Solidity: function operators() view returns(address)
func (_ValidatorRegistry *ValidatorRegistrySession) Operators() (common.Address, error) {
	return _ValidatorRegistry.Contract.Operators(&_ValidatorRegistry.CallOpts)
}

// Operators is a free data retrieval call binding the contract method 0xe673df8a.
//
// Solidity: function operators() view returns(address)
func (_ValidatorRegistry *ValidatorRegistryCallerSession) Operators() (common.Address, error) {
	return _ValidatorRegistry.Contract.Operators(&_ValidatorRegistry.CallOpts)
}

// Deposit is a paid mutator transaction binding the contract method 0x93405540.
//
// Solidity: function deposit(bytes pubkey, uint256 amount) returns()
func (_ValidatorRegistry *ValidatorRegistryTransactor) Deposit(opts *bind.TransactOpts, pubkey []byte, amount *big.Int) (*types.Transaction, error) {
	return _ValidatorRegistry.contract.Transact(opts, "deposit", pubkey, amount)
}

// Deposit is a paid mutator transaction binding the contract method 0x93405540.
//
// Solidity: function deposit(bytes pubkey, uint256 amount) returns()
func (_ValidatorRegistry *ValidatorRegistrySession) Deposit(pubkey []byte, amount *big.Int) (*types.Transaction, error) {
	return _ValidatorRegistry.Contract.Deposit(&_ValidatorRegistry.TransactOpts, pubkey, amount)
}

// Deposit is a paid mutator transaction binding the contract method 0x93405540.
//
// Solidity: function deposit(bytes pubkey, uint256 amount) returns()
func (_ValidatorRegistry *ValidatorRegistryTransactorSession) Deposit(pubkey []byte, amount *big.Int) (*types.Transaction, error) {
	return _ValidatorRegistry.Contract.Deposit(&_ValidatorRegistry.TransactOpts, pubkey, amount)
}

// Liquidate is a paid mutator transaction binding the contract method 0x1721539b.
//
// Solidity: function liquidate(bytes pubkey) returns()
func (_ValidatorRegistry *ValidatorRegistryTransactor) Liquidate(opts *bind.TransactOpts, pubkey []byte) (*types.Transaction, error) {
	return _ValidatorRegistry.contract.Transact(opts, "liquidate", pubkey)
}

// Liquidate is a paid mutator transaction binding the contract method 0x1721539b.
//
// Solidity: function liquidate(bytes pubkey) returns()
func (_ValidatorRegistry *ValidatorRegistrySession) Liquidate(pubkey []byte) (*types.Transaction, error) {
	return _ValidatorRegistry.Contract.Liquidate(&_ValidatorRegistry.TransactOpts, pubkey)
}

// Liquidate is a paid mutator transaction binding the contract method 0x1721539b.
//
// Solidity: function liquidate(bytes pubkey) returns()
func (_ValidatorRegistry *ValidatorRegistryTransactorSession) Liquidate(pubkey []byte) (*types.Transaction, error) {
	return _ValidatorRegistry.Contract.Liquidate(&_ValidatorRegistry.TransactOpts, pubkey)
}

// RegisterValidator is a paid mutator transaction binding the contract method 0x43e1cb8c.
//
// Solidity: function registerValidator(bytes pubkey, uint64[] operatorIds, bytes publicShares, bytes[] sealedShares, uint256 amount) returns()
func (_ValidatorRegistry *ValidatorRegistryTransactor) RegisterValidator(opts *bind.TransactOpts, pubkey []byte, operatorIds []uint64, publicShares []byte, sealedShares [][]byte, amount *big.Int) (*types.Transaction, error) {
	return _ValidatorRegistry.contract.Transact(opts, "registerValidator", pubkey, operatorIds, publicShares, sealedShares, amount)
}

// RegisterValidator is a paid mutator transaction binding the contract method 0x43e1cb8c.
//
// Solidity: function registerValidator(bytes pubkey, uint64[] operatorIds, bytes publicShares, bytes[] sealedShares, uint256 amount) returns()
func (_ValidatorRegistry *ValidatorRegistrySession) RegisterValidator(pubkey []byte, operatorIds []uint64, publicShares []byte, sealedShares [][]byte, amount *big.Int) (*types.Transaction, error) {
	return _ValidatorRegistry.Contract.RegisterValidator(&_ValidatorRegistry.TransactOpts, pubkey, operatorIds, publicShares, sealedShares, amount)
}

// RegisterValidator is a paid mutator transaction binding the contract method 0x43e1cb8c.
//
// Solidity: function registerValidator(bytes pubkey, uint64[] operatorIds, bytes publicShares, bytes[] sealedShares, uint256 amount) returns()
func (_ValidatorRegistry *ValidatorRegistryTransactorSession) RegisterValidator(pubkey []byte, operatorIds []uint64, publicShares []byte, sealedShares [][]byte, amount *big.Int) (*types.Transaction, error) {
	return _ValidatorRegistry.Contract.RegisterValidator(&_ValidatorRegistry.TransactOpts, pubkey, operatorIds, publicShares, sealedShares, amount)
}

// RemoveValidator is a paid mutator transaction binding the contract method 0xb2f569c5.
//
// Solidity: function removeValidator(bytes pubkey) returns()
func (_ValidatorRegistry *ValidatorRegistryTransactor) RemoveValidator(opts *bind.TransactOpts, pubkey []byte) (*types.Transaction, error) {
	return _ValidatorRegistry.contract.Transact(opts, "removeValidator", pubkey)
}

// RemoveValidator is a paid mutator transaction binding the contract method 0xb2f569c5.
//
// Solidity: function removeValidator(bytes pubkey) returns()
func (_ValidatorRegistry *ValidatorRegistrySession) RemoveValidator(pubkey []byte) (*types.Transaction, error) {
	return _ValidatorRegistry.Contract.RemoveValidator(&_ValidatorRegistry.TransactOpts, pubkey)
}

// RemoveValidator is a paid mutator transaction binding the contract method 0xb2f569c5.
//
// Solidity: function removeValidator(bytes pubkey) returns()
func (_ValidatorRegistry *ValidatorRegistryTransactorSession) RemoveValidator(pubkey []byte) (*types.Transaction, error) {
	return _ValidatorRegistry.Contract.RemoveValidator(&_ValidatorRegistry.TransactOpts, pubkey)
}

// RequestExit is a paid mutator transaction binding the contract method 0x390ea38f.
//
// Solidity: function requestExit(bytes pubkey) returns()
func (_ValidatorRegistry *ValidatorRegistryTransactor) RequestExit(opts *bind.TransactOpts, pubkey []byte) (*types.Transaction, error) {
	return _ValidatorRegistry.contract.Transact(opts, "requestExit", pubkey)
}

// RequestExit is a paid mutator transaction binding the contract method 0x390ea38f.
//
// Solidity: function requestExit(bytes pubkey) returns()
func (_ValidatorRegistry *ValidatorRegistrySession) RequestExit(pubkey []byte) (*types.Transaction, error) {
	return _ValidatorRegistry.Contract.RequestExit(&_ValidatorRegistry.TransactOpts, pubkey)
}

// RequestExit is a paid mutator transaction binding the contract method 0x390ea38f.
//
// Solidity: function requestExit(bytes pubkey) returns()
func (_ValidatorRegistry *ValidatorRegistryTransactorSession) RequestExit(pubkey []byte) (*types.Transaction, error) {
	return _ValidatorRegistry.Contract.RequestExit(&_ValidatorRegistry.TransactOpts, pubkey)
}

// SetFeeRecipient is a paid mutator transaction binding the contract method 0xe74b981b.
//
// Solidity: function setFeeRecipient(address recipient) returns()
func (_ValidatorRegistry *ValidatorRegistryTransactor) SetFeeRecipient(opts *bind.TransactOpts, recipient common.Address) (*types.Transaction, error) {
	return _ValidatorRegistry.contract.Transact(opts, "setFeeRecipient", recipient)
}

// SetFeeRecipient is a paid mutator transaction binding the contract method 0xe74b981b.
//
// Solidity: function setFeeRecipient(address recipient) returns()
func (_ValidatorRegistry *ValidatorRegistrySession) SetFeeRecipient(recipient common.Address) (*types.Transaction, error) {
	return _ValidatorRegistry.Contract.SetFeeRecipient(&_ValidatorRegistry.TransactOpts, recipient)
}

// SetFeeRecipient is a paid mutator transaction binding the contract method 0xe74b981b.
//
// Solidity: function setFeeRecipient(address recipient) returns()
func (_ValidatorRegistry *ValidatorRegistryTransactorSession) SetFeeRecipient(recipient common.Address) (*types.Transaction, error) {
	return _ValidatorRegistry.Contract.SetFeeRecipient(&_ValidatorRegistry.TransactOpts, recipient)
}

// Withdraw is a paid mutator transaction binding the contract method 0x135390f9.
//
// Solidity: function withdraw(bytes pubkey, uint256 amount, address to) returns()
func (_ValidatorRegistry *ValidatorRegistryTransactor) Withdraw(opts *bind.TransactOpts, pubkey []byte, amount *big.Int, to common.Address) (*types.Transaction, error) {
	return _ValidatorRegistry.contract.Transact(opts, "withdraw", pubkey, amount, to)
}

// Withdraw is a paid mutator transaction binding the contract method 0x135390f9.
//
// Solidity: function withdraw(bytes pubkey, uint256 amount, address to) returns()
func (_ValidatorRegistry *ValidatorRegistrySession) Withdraw(pubkey []byte, amount *big.Int, to common.Address) (*types.Transaction, error) {
	return _ValidatorRegistry.Contract.Withdraw(&_ValidatorRegistry.TransactOpts, pubkey, amount, to)
}

// Withdraw is a paid mutator transaction binding the contract method 0x135390f9.
//
// Solidity: function withdraw(bytes pubkey, uint256 amount, address to) returns()
func (_ValidatorRegistry *ValidatorRegistryTransactorSession) Withdraw(pubkey []byte, amount *big.Int, to common.Address) (*types.Transaction, error) {
	return _ValidatorRegistry.Contract.Withdraw(&_ValidatorRegistry.TransactOpts, pubkey, amount, to)
}

// ValidatorRegistryExitRequestedIterator is returned from FilterExitRequested and is used to iterate over the raw logs and unpacked data for ExitRequested events raised by the ValidatorRegistry contract.
type ValidatorRegistryExitRequestedIterator struct {
	Event *ValidatorRegistryExitRequested // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ValidatorRegistryExitRequestedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ValidatorRegistryExitRequested)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ValidatorRegistryExitRequested)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ValidatorRegistryExitRequestedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ValidatorRegistryExitRequestedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ValidatorRegistryExitRequested represents a ExitRequested event raised by the ValidatorRegistry contract.
type ValidatorRegistryExitRequested struct {
	Owner       common.Address
	Pubkey      []byte
	OperatorIds []uint64
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterExitRequested is a free log retrieval operation binding the contract event 0x68938fdfd8ab03a179ce1e703b57ce278f98b2b8552d8c6263134b9bda478637.
//
// Solidity: event ExitRequested(address indexed owner, bytes pubkey, uint64[] operatorIds)
func (_ValidatorRegistry *ValidatorRegistryFilterer) FilterExitRequested(opts *bind.FilterOpts, owner []common.Address) (*ValidatorRegistryExitRequestedIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _ValidatorRegistry.contract.FilterLogs(opts, "ExitRequested", ownerRule)
	if err != nil {
		return nil, err
	}
	return &ValidatorRegistryExitRequestedIterator{contract: _ValidatorRegistry.contract, event: "ExitRequested", logs: logs, sub: sub}, nil
}

// WatchExitRequested is a free log subscription operation binding the contract event 0x68938fdfd8ab03a179ce1e703b57ce278f98b2b8552d8c6263134b9bda478637.
//
// Solidity: event ExitRequested(address indexed owner, bytes pubkey, uint64[] operatorIds)
func (_ValidatorRegistry *ValidatorRegistryFilterer) WatchExitRequested(opts *bind.WatchOpts, sink chan<- *ValidatorRegistryExitRequested, owner []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _ValidatorRegistry.contract.WatchLogs(opts, "ExitRequested", ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ValidatorRegistryExitRequested)
				if err := _ValidatorRegistry.contract.UnpackLog(event, "ExitRequested", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseExitRequested is a log parse operation binding the contract event 0x68938fdfd8ab03a179ce1e703b57ce278f98b2b8552d8c6263134b9bda478637.
//
// Solidity: event ExitRequested(address indexed owner, bytes pubkey, uint64[] operatorIds)
func (_ValidatorRegistry *ValidatorRegistryFilterer) ParseExitRequested(log types.Log) (*ValidatorRegistryExitRequested, error) {
	event := new(ValidatorRegistryExitRequested)
	if err := _ValidatorRegistry.contract.UnpackLog(event, "ExitRequested", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ValidatorRegistryFeeRecipientSetIterator is returned from FilterFeeRecipientSet and is used to iterate over the raw logs and unpacked data for FeeRecipientSet events raised by the ValidatorRegistry contract.
type ValidatorRegistryFeeRecipientSetIterator struct {
	Event *ValidatorRegistryFeeRecipientSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ValidatorRegistryFeeRecipientSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ValidatorRegistryFeeRecipientSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ValidatorRegistryFeeRecipientSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ValidatorRegistryFeeRecipientSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ValidatorRegistryFeeRecipientSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ValidatorRegistryFeeRecipientSet represents a FeeRecipientSet event raised by the ValidatorRegistry contract.
type ValidatorRegistryFeeRecipientSet struct {
	Owner     common.Address
	Recipient common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterFeeRecipientSet is a free log retrieval operation binding the contract event 0x15d80a013f22151bc7246e3bc132e12828cde19de98870475e3fa70840152721.
//
// Solidity: event FeeRecipientSet(address indexed owner, address recipient)
func (_ValidatorRegistry *ValidatorRegistryFilterer) FilterFeeRecipientSet(opts *bind.FilterOpts, owner []common.Address) (*ValidatorRegistryFeeRecipientSetIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _ValidatorRegistry.contract.FilterLogs(opts, "FeeRecipientSet", ownerRule)
	if err != nil {
		return nil, err
	}
	return &ValidatorRegistryFeeRecipientSetIterator{contract: _ValidatorRegistry.contract, event: "FeeRecipientSet", logs: logs, sub: sub}, nil
}

// WatchFeeRecipientSet is a free log subscription operation binding the contract event 0x15d80a013f22151bc7246e3bc132e12828cde19de98870475e3fa70840152721.
//
// Solidity: event FeeRecipientSet(address indexed owner, address recipient)
func (_ValidatorRegistry *ValidatorRegistryFilterer) WatchFeeRecipientSet(opts *bind.WatchOpts, sink chan<- *ValidatorRegistryFeeRecipientSet, owner []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _ValidatorRegistry.contract.WatchLogs(opts, "FeeRecipientSet", ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ValidatorRegistryFeeRecipientSet)
				if err := _ValidatorRegistry.contract.UnpackLog(event, "FeeRecipientSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseFeeRecipientSet is a log parse operation binding the contract event 0x15d80a013f22151bc7246e3bc132e12828cde19de98870475e3fa70840152721.
//
// Solidity: event FeeRecipientSet(address indexed owner, address recipient)
func (_ValidatorRegistry *ValidatorRegistryFilterer) ParseFeeRecipientSet(log types.Log) (*ValidatorRegistryFeeRecipientSet, error) {
	event := new(ValidatorRegistryFeeRecipientSet)
	if err := _ValidatorRegistry.contract.UnpackLog(event, "FeeRecipientSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ValidatorRegistryFeesDepositedIterator is returned from FilterFeesDeposited and is used to iterate over the raw logs and unpacked data for FeesDeposited events raised by the ValidatorRegistry contract.
type ValidatorRegistryFeesDepositedIterator struct {
	Event *ValidatorRegistryFeesDeposited // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ValidatorRegistryFeesDepositedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ValidatorRegistryFeesDeposited)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ValidatorRegistryFeesDeposited)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ValidatorRegistryFeesDepositedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ValidatorRegistryFeesDepositedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ValidatorRegistryFeesDeposited represents a FeesDeposited event raised by the ValidatorRegistry contract.
type ValidatorRegistryFeesDeposited struct {
	Pubkey []byte
	From   common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterFeesDeposited is a free log retrieval operation binding the contract event 0xf22f74ad57cf989b2a5ce3d8499825b18af972a12c68d95f9a9a8753a7c38835.
//
// Solidity: event FeesDeposited(bytes pubkey, address indexed from, uint256 amount)
func (_ValidatorRegistry *ValidatorRegistryFilterer) FilterFeesDeposited(opts *bind.FilterOpts, from []common.Address) (*ValidatorRegistryFeesDepositedIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}

	logs, sub, err := _ValidatorRegistry.contract.FilterLogs(opts, "FeesDeposited", fromRule)
	if err != nil {
		return nil, err
	}
	return &ValidatorRegistryFeesDepositedIterator{contract: _ValidatorRegistry.contract, event: "FeesDeposited", logs: logs, sub: sub}, nil
}

// WatchFeesDeposited is a free log subscription operation binding the contract event 0xf22f74ad57cf989b2a5ce3d8499825b18af972a12c68d95f9a9a8753a7c38835.
//
// Solidity: event FeesDeposited(bytes pubkey, address indexed from, uint256 amount)
func (_ValidatorRegistry *ValidatorRegistryFilterer) WatchFeesDeposited(opts *bind.WatchOpts, sink chan<- *ValidatorRegistryFeesDeposited, from []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}

	logs, sub, err := _ValidatorRegistry.contract.WatchLogs(opts, "FeesDeposited", fromRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ValidatorRegistryFeesDeposited)
				if err := _ValidatorRegistry.contract.UnpackLog(event, "FeesDeposited", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseFeesDeposited is a log parse operation binding the contract event 0xf22f74ad57cf989b2a5ce3d8499825b18af972a12c68d95f9a9a8753a7c38835.
//
// Solidity: event FeesDeposited(bytes pubkey, address indexed from, uint256 amount)
func (_ValidatorRegistry *ValidatorRegistryFilterer) ParseFeesDeposited(log types.Log) (*ValidatorRegistryFeesDeposited, error) {
	event := new(ValidatorRegistryFeesDeposited)
	if err := _ValidatorRegistry.contract.UnpackLog(event, "FeesDeposited", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ValidatorRegistryFeesWithdrawnIterator is returned from FilterFeesWithdrawn and is used to iterate over the raw logs and unpacked data for FeesWithdrawn events raised by the ValidatorRegistry contract.
type ValidatorRegistryFeesWithdrawnIterator struct {
	Event *ValidatorRegistryFeesWithdrawn // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ValidatorRegistryFeesWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ValidatorRegistryFeesWithdrawn)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ValidatorRegistryFeesWithdrawn)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ValidatorRegistryFeesWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ValidatorRegistryFeesWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ValidatorRegistryFeesWithdrawn represents a FeesWithdrawn event raised by the ValidatorRegistry contract.
type ValidatorRegistryFeesWithdrawn struct {
	Pubkey []byte
	To     common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterFeesWithdrawn is a free log retrieval operation binding the contract event 0x2fe77572f22de4078a61012c8190676a65918e52e962372beb7a830759279080.
//
// Solidity: event FeesWithdrawn(bytes pubkey, address indexed to, uint256 amount)
func (_ValidatorRegistry *ValidatorRegistryFilterer) FilterFeesWithdrawn(opts *bind.FilterOpts, to []common.Address) (*ValidatorRegistryFeesWithdrawnIterator, error) {

	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _ValidatorRegistry.contract.FilterLogs(opts, "FeesWithdrawn", toRule)
	if err != nil {
		return nil, err
	}
	return &ValidatorRegistryFeesWithdrawnIterator{contract: _ValidatorRegistry.contract, event: "FeesWithdrawn", logs: logs, sub: sub}, nil
}

// WatchFeesWithdrawn is a free log subscription operation binding the contract event 0x2fe77572f22de4078a61012c8190676a65918e52e962372beb7a830759279080.
//
// Solidity: event FeesWithdrawn(bytes pubkey, address indexed to, uint256 amount)
func (_ValidatorRegistry *ValidatorRegistryFilterer) WatchFeesWithdrawn(opts *bind.WatchOpts, sink chan<- *ValidatorRegistryFeesWithdrawn, to []common.Address) (event.Subscription, error) {

	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _ValidatorRegistry.contract.WatchLogs(opts, "FeesWithdrawn", toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ValidatorRegistryFeesWithdrawn)
				if err := _ValidatorRegistry.contract.UnpackLog(event, "FeesWithdrawn", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseFeesWithdrawn is a log parse operation binding the contract event 0x2fe77572f22de4078a61012c8190676a65918e52e962372beb7a830759279080.
//
// Solidity: event FeesWithdrawn(bytes pubkey, address indexed to, uint256 amount)
func (_ValidatorRegistry *ValidatorRegistryFilterer) ParseFeesWithdrawn(log types.Log) (*ValidatorRegistryFeesWithdrawn, error) {
	event := new(ValidatorRegistryFeesWithdrawn)
	if err := _ValidatorRegistry.contract.UnpackLog(event, "FeesWithdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ValidatorRegistryValidatorLiquidatedIterator is returned from FilterValidatorLiquidated and is used to iterate over the raw logs and unpacked data for ValidatorLiquidated events raised by the ValidatorRegistry contract.
type ValidatorRegistryValidatorLiquidatedIterator struct {
	Event *ValidatorRegistryValidatorLiquidated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ValidatorRegistryValidatorLiquidatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ValidatorRegistryValidatorLiquidated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ValidatorRegistryValidatorLiquidated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ValidatorRegistryValidatorLiquidatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ValidatorRegistryValidatorLiquidatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ValidatorRegistryValidatorLiquidated represents a ValidatorLiquidated event raised by the ValidatorRegistry contract.
type ValidatorRegistryValidatorLiquidated struct {
	Owner       common.Address
	Pubkey      []byte
	OperatorIds []uint64
	Liquidator  common.Address
	Reward      *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterValidatorLiquidated is a free log retrieval operation binding the contract event 0x7d44109bbfb7647ddac8e7ac941cc25bcdb6b19b6d8de630ee4a7f1bb63451a7.
//
// Solidity: event ValidatorLiquidated(address indexed owner, bytes pubkey, uint64[] operatorIds, address indexed liquidator, uint256 reward)
func (_ValidatorRegistry *ValidatorRegistryFilterer) FilterValidatorLiquidated(opts *bind.FilterOpts, owner []common.Address, liquidator []common.Address) (*ValidatorRegistryValidatorLiquidatedIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	var liquidatorRule []interface{}
	for _, liquidatorItem := range liquidator {
		liquidatorRule = append(liquidatorRule, liquidatorItem)
	}

	logs, sub, err := _ValidatorRegistry.contract.FilterLogs(opts, "ValidatorLiquidated", ownerRule, liquidatorRule)
	if err != nil {
		return nil, err
	}
	return &ValidatorRegistryValidatorLiquidatedIterator{contract: _ValidatorRegistry.contract, event: "ValidatorLiquidated", logs: logs, sub: sub}, nil
}

// WatchValidatorLiquidated is a free log subscription operation binding the contract event 0x7d44109bbfb7647ddac8e7ac941cc25bcdb6b19b6d8de630ee4a7f1bb63451a7.
//
// Solidity: event ValidatorLiquidated(address indexed owner, bytes pubkey, uint64[] operatorIds, address indexed liquidator, uint256 reward)
func (_ValidatorRegistry *ValidatorRegistryFilterer) WatchValidatorLiquidated(opts *bind.WatchOpts, sink chan<- *ValidatorRegistryValidatorLiquidated, owner []common.Address, liquidator []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	var liquidatorRule []interface{}
	for _, liquidatorItem := range liquidator {
		liquidatorRule = append(liquidatorRule, liquidatorItem)
	}

	logs, sub, err := _ValidatorRegistry.contract.WatchLogs(opts, "ValidatorLiquidated", ownerRule, liquidatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ValidatorRegistryValidatorLiquidated)
				if err := _ValidatorRegistry.contract.UnpackLog(event, "ValidatorLiquidated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseValidatorLiquidated is a log parse operation binding the contract event 0x7d44109bbfb7647ddac8e7ac941cc25bcdb6b19b6d8de630ee4a7f1bb63451a7.
//
// Solidity: event ValidatorLiquidated(address indexed owner, bytes pubkey, uint64[] operatorIds, address indexed liquidator, uint256 reward)
func (_ValidatorRegistry *ValidatorRegistryFilterer) ParseValidatorLiquidated(log types.Log) (*ValidatorRegistryValidatorLiquidated, error) {
	event := new(ValidatorRegistryValidatorLiquidated)
	if err := _ValidatorRegistry.contract.UnpackLog(event, "ValidatorLiquidated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ValidatorRegistryValidatorRegisteredIterator is returned from FilterValidatorRegistered and is used to iterate over the raw logs and unpacked data for ValidatorRegistered events raised by the ValidatorRegistry contract.
type ValidatorRegistryValidatorRegisteredIterator struct {
	Event *ValidatorRegistryValidatorRegistered // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ValidatorRegistryValidatorRegisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ValidatorRegistryValidatorRegistered)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ValidatorRegistryValidatorRegistered)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ValidatorRegistryValidatorRegisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ValidatorRegistryValidatorRegisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ValidatorRegistryValidatorRegistered represents a ValidatorRegistered event raised by the ValidatorRegistry contract.
type ValidatorRegistryValidatorRegistered struct {
	Owner        common.Address
	Pubkey       []byte
	OperatorIds  []uint64
	Threshold    *big.Int
	PublicShares []byte
	SealedShares [][]byte
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterValidatorRegistered is a free log retrieval operation binding the contract event 0x98594eda4cbcf8c863fbddf16f9da3d8ea13164bfc31babda44016d093c7debf.
//
// Solidity: event ValidatorRegistered(address indexed owner, bytes pubkey, uint64[] operatorIds, uint256 threshold, bytes publicShares, bytes[] sealedShares)
func (_ValidatorRegistry *ValidatorRegistryFilterer) FilterValidatorRegistered(opts *bind.FilterOpts, owner []common.Address) (*ValidatorRegistryValidatorRegisteredIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _ValidatorRegistry.contract.FilterLogs(opts, "ValidatorRegistered", ownerRule)
	if err != nil {
		return nil, err
	}
	return &ValidatorRegistryValidatorRegisteredIterator{contract: _ValidatorRegistry.contract, event: "ValidatorRegistered", logs: logs, sub: sub}, nil
}

// WatchValidatorRegistered is a free log subscription operation binding the contract event 0x98594eda4cbcf8c863fbddf16f9da3d8ea13164bfc31babda44016d093c7debf.
//
// Solidity: event ValidatorRegistered(address indexed owner, bytes pubkey, uint64[] operatorIds, uint256 threshold, bytes publicShares, bytes[] sealedShares)
func (_ValidatorRegistry *ValidatorRegistryFilterer) WatchValidatorRegistered(opts *bind.WatchOpts, sink chan<- *ValidatorRegistryValidatorRegistered, owner []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _ValidatorRegistry.contract.WatchLogs(opts, "ValidatorRegistered", ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ValidatorRegistryValidatorRegistered)
				if err := _ValidatorRegistry.contract.UnpackLog(event, "ValidatorRegistered", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseValidatorRegistered is a log parse operation binding the contract event 0x98594eda4cbcf8c863fbddf16f9da3d8ea13164bfc31babda44016d093c7debf.
//
// Solidity: event ValidatorRegistered(address indexed owner, bytes pubkey, uint64[] operatorIds, uint256 threshold, bytes publicShares, bytes[] sealedShares)
func (_ValidatorRegistry *ValidatorRegistryFilterer) ParseValidatorRegistered(log types.Log) (*ValidatorRegistryValidatorRegistered, error) {
	event := new(ValidatorRegistryValidatorRegistered)
	if err := _ValidatorRegistry.contract.UnpackLog(event, "ValidatorRegistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ValidatorRegistryValidatorRemovedIterator is returned from FilterValidatorRemoved and is used to iterate over the raw logs and unpacked data for ValidatorRemoved events raised by the ValidatorRegistry contract.
type ValidatorRegistryValidatorRemovedIterator struct {
	Event *ValidatorRegistryValidatorRemoved // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ValidatorRegistryValidatorRemovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ValidatorRegistryValidatorRemoved)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ValidatorRegistryValidatorRemoved)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ValidatorRegistryValidatorRemovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ValidatorRegistryValidatorRemovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ValidatorRegistryValidatorRemoved represents a ValidatorRemoved event raised by the ValidatorRegistry contract.
type ValidatorRegistryValidatorRemoved struct {
	Owner       common.Address
	Pubkey      []byte
	OperatorIds []uint64
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterValidatorRemoved is a free log retrieval operation binding the contract event 0x5b35e346f5c353a0b5a445c0cd7bee2b2db1eeaf11a25253b643721cda1f2fca.
//
// Solidity: event ValidatorRemoved(address indexed owner, bytes pubkey, uint64[] operatorIds)
func (_ValidatorRegistry *ValidatorRegistryFilterer) FilterValidatorRemoved(opts *bind.FilterOpts, owner []common.Address) (*ValidatorRegistryValidatorRemovedIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _ValidatorRegistry.contract.FilterLogs(opts, "ValidatorRemoved", ownerRule)
	if err != nil {
		return nil, err
	}
	return &ValidatorRegistryValidatorRemovedIterator{contract: _ValidatorRegistry.contract, event: "ValidatorRemoved", logs: logs, sub: sub}, nil
}

// WatchValidatorRemoved is a free log subscription operation binding the contract event 0x5b35e346f5c353a0b5a445c0cd7bee2b2db1eeaf11a25253b643721cda1f2fca.
//
// Solidity: event ValidatorRemoved(address indexed owner, bytes pubkey, uint64[] operatorIds)
func (_ValidatorRegistry *ValidatorRegistryFilterer) WatchValidatorRemoved(opts *bind.WatchOpts, sink chan<- *ValidatorRegistryValidatorRemoved, owner []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _ValidatorRegistry.contract.WatchLogs(opts, "ValidatorRemoved", ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ValidatorRegistryValidatorRemoved)
				if err := _ValidatorRegistry.contract.UnpackLog(event, "ValidatorRemoved", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseValidatorRemoved is a log parse operation binding the contract event 0x5b35e346f5c353a0b5a445c0cd7bee2b2db1eeaf11a25253b643721cda1f2fca.
//
// Solidity: event ValidatorRemoved(address indexed owner, bytes pubkey, uint64[] operatorIds)
func (_ValidatorRegistry *ValidatorRegistryFilterer) ParseValidatorRemoved(log types.Log) (*ValidatorRegistryValidatorRemoved, error) {
	event := new(ValidatorRegistryValidatorRemoved)
	if err := _ValidatorRegistry.contract.UnpackLog(event, "ValidatorRemoved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
