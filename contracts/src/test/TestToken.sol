// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title TestToken: an ERC-20 fee token anyone can mint, for tests.
contract TestToken is ERC20 {
    constructor() ERC20("KeyStake Test Fee Token", "KSFEE") {}

    /// @notice Mints `amount` to `to`.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}
